package org.scelle.samples;

/**
 * The ransom note {@code ClopReadMe.txt}, identical in every affected directory. Written for this
 * sample in the style of 2019 notes (English, terse, threatening); every contact in it is
 * fictitious and the last line says so. Stateless.
 */
final class RansomNote {

  private RansomNote() {}

  /** The note's file name. */
  static final String FILE_NAME = "ClopReadMe.txt";

  /** The note text for {@code ioc}, LF line endings. */
  static String text(Indicators ioc) {
    return String.join(
        "\n",
        "Hello " + Scenario.SHORT_NAME + ".",
        "",
        "Your network was entered and every server and workstation we could reach has been LOCKED.",
        "Documents, databases and backups were encrypted with AES-256, each file key sealed with RSA-2048.",
        "Encrypted files end with .Clop. Shadow copies and the backups we found were deleted.",
        "",
        "Before locking, we copied a large amount of your data (finance, human resources, patients).",
        "",
        "DO NOT rename, move or edit encrypted files. DO NOT run recovery software on them.",
        "DO NOT reinstall or shut down servers: files that are damaged can never be restored.",
        "",
        "To receive the decryption tool, write to one of these addresses and give your ID:",
        "",
        "    " + ioc.contactEmails().get(0),
        "    " + ioc.contactEmails().get(1),
        "",
        "    Your ID: " + ioc.victimId(),
        "",
        "Attach 2 or 3 encrypted files, less than 3 Mb together, without databases or spreadsheets.",
        "We decrypt them for free so you see that we can.",
        "",
        "Payment is in Bitcoin only. Wallet for your organisation:",
        "",
        "    " + ioc.bitcoin(),
        "",
        "No answer within 72 hours: your data is published here and the price goes up.",
        "",
        "    http://" + ioc.onion() + "/",
        "",
        "Nothing personal. We only want money.",
        "",
        "-- FICTITIOUS NOTE: part of the scelle synthetic sample (samples/incident); no real contact. --",
        "");
  }
}
