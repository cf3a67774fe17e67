package org.scelle.indexer.hunt;

import java.util.Locale;

/** The kinds of indicator a hunt can match. */
public enum IndicatorType {
  IPV4,
  IPV6,
  DOMAIN,
  URL,
  EMAIL,
  MD5,
  SHA1,
  SHA256,
  BTC,
  CVE,
  FILE_NAME,
  /** A name or string (account, service, task, process...) matched as a phrase of the message. */
  KEYWORD;

  /** The lower-case name used in feeds and findings ({@code ipv4}, {@code file-name}...). */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
