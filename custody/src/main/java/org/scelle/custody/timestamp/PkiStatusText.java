package org.scelle.custody.timestamp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;

/** Names of the RFC 3161 section 2.4.2 {@code PKIStatus} values and {@code PKIFailureInfo} bits. */
final class PkiStatusText {

  private static final Map<Integer, String> FAILURES = new LinkedHashMap<>();

  static {
    FAILURES.put(PKIFailureInfo.badAlg, "badAlg (unrecognized or unsupported algorithm)");
    FAILURES.put(PKIFailureInfo.badRequest, "badRequest (transaction not permitted or supported)");
    FAILURES.put(
        PKIFailureInfo.badDataFormat, "badDataFormat (the data submitted has the wrong format)");
    FAILURES.put(
        PKIFailureInfo.timeNotAvailable,
        "timeNotAvailable (the TSA's time source is not available)");
    FAILURES.put(
        PKIFailureInfo.unacceptedPolicy,
        "unacceptedPolicy (the requested TSA policy is not supported)");
    FAILURES.put(
        PKIFailureInfo.unacceptedExtension,
        "unacceptedExtension (the requested extension is not supported)");
    FAILURES.put(
        PKIFailureInfo.addInfoNotAvailable,
        "addInfoNotAvailable (the additional information requested could not be understood or is"
            + " not available)");
    FAILURES.put(
        PKIFailureInfo.systemFailure,
        "systemFailure (the request cannot be handled due to system failure)");
  }

  private PkiStatusText() {}

  static String status(int status) {
    return switch (status) {
      case PKIStatus.GRANTED -> "granted";
      case PKIStatus.GRANTED_WITH_MODS -> "grantedWithMods";
      case PKIStatus.REJECTION -> "rejection";
      case PKIStatus.WAITING -> "waiting";
      case PKIStatus.REVOCATION_WARNING -> "revocationWarning";
      case PKIStatus.REVOCATION_NOTIFICATION -> "revocationNotification";
      default -> "unknown status " + status;
    };
  }

  /** The names of the bits set in {@code info}, or {@code "none given"}. */
  static String failures(PKIFailureInfo info) {
    if (info == null) {
      return "none given";
    }
    int bits = info.intValue();
    List<String> names = new ArrayList<>();
    for (Map.Entry<Integer, String> failure : FAILURES.entrySet()) {
      if ((bits & failure.getKey()) != 0) {
        names.add(failure.getValue());
        bits &= ~failure.getKey();
      }
    }
    if (bits != 0) {
      names.add("other bits 0x" + Integer.toHexString(bits));
    }
    return names.isEmpty() ? "none given" : String.join(", ", names);
  }
}
