package org.scelle.cli;

/** The exit codes of every scelle command, in one place. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int VERIFICATION_FAILED = 1;
  public static final int USAGE = 2;
  public static final int BAD_INPUT = 3;
  public static final int INTERNAL = 4;

  private ExitCodes() {}
}
