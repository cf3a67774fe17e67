package org.scelle.reporter.complaint;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.scelle.reporter.complaint.Complaint.DegradedMode;
import org.scelle.reporter.complaint.Complaint.Impact;
import org.scelle.reporter.complaint.Complaint.Loss;

/**
 * Reads {@code impact:}, checking that degraded mode ends after it starts and the losses add up.
 */
final class ImpactReader {

  static final String[] KEYS = {
    "services_down",
    "degraded_mode",
    "patients_transferred",
    "appointments_cancelled",
    "data_exfiltration_suspected",
    "estimated_losses_eur",
    "losses"
  };

  private ImpactReader() {}

  static Impact read(YamlMapping node) {
    List<String> servicesDown = node.texts("services_down");
    DegradedMode degraded =
        ComplaintReader.optional(
            node.mapping("degraded_mode", "start", "end", "description"), ImpactReader::degraded);
    Integer transferred = node.count("patients_transferred");
    Integer cancelled = node.count("appointments_cancelled");
    Boolean exfiltration = node.flag("data_exfiltration_suspected");
    BigDecimal total = node.amount("estimated_losses_eur");
    List<Loss> losses =
        node.mappings("losses", "item", "amount_eur").stream()
            .map(l -> new Loss(l.requiredText("item"), required(l, "amount_eur")))
            .toList();
    if (total != null && losses.stream().map(Loss::amountEur).allMatch(Objects::nonNull)) {
      BigDecimal sum =
          losses.stream().map(Loss::amountEur).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(total) > 0) {
        node.problems()
            .add(
                node.field("losses"),
                "the items add up to "
                    + sum.toPlainString()
                    + " €, more than estimated_losses_eur ("
                    + total.toPlainString()
                    + " €)");
      }
    }
    return new Impact(servicesDown, degraded, transferred, cancelled, exfiltration, total, losses);
  }

  private static BigDecimal required(YamlMapping node, String key) {
    if (!node.has(key)) {
      node.problems().add(node.field(key), "missing");
      return null;
    }
    return node.amount(key);
  }

  private static DegradedMode degraded(YamlMapping node) {
    DegradedMode mode =
        new DegradedMode(
            node.time("start", true), node.time("end", false), node.text("description"));
    if (mode.start() != null && mode.end() != null && !mode.end().isAfter(mode.start())) {
      node.problems()
          .add(
              node.field("end"),
              "must be after start ("
                  + mode.start()
                  + "), got "
                  + Problems.quote(mode.end().toString()));
    }
    return mode;
  }
}
