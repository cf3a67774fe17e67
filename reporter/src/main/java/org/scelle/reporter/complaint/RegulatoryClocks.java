package org.scelle.reporter.complaint;

import java.text.Normalizer;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.scelle.reporter.complaint.Complaint.Notification;
import org.scelle.reporter.complaint.Deadline.Obligation;
import org.scelle.reporter.complaint.Deadline.Status;

/**
 * The regulatory clocks the discovery of an attack starts, and where the complaint stands against
 * each: the complaint within 72 h that cyber-insurance requires (Code des assurances L12-10-1, in
 * force since 24 April 2023; shown for any complaint), the insurer informed within the same 72 h,
 * the CNIL notified within 72 h (RGPD art. 33), and for a health establishment (a FINESS number or
 * a legal form mentioning "santé") the regional health agency without delay (Code de la santé
 * publique L1111-8-2).
 *
 * <p>Notifications are matched to clocks by keywords in their {@code to}, ignoring case and
 * accents: "assur" or "insur" for the insurer, "CNIL" for the CNIL, the word "ARS" or "agence
 * régionale de santé" for the health agency; the earliest matching notification counts. Stateless
 * and thread-safe.
 */
public final class RegulatoryClocks {

  /** The period of the 72-hour clocks. */
  public static final Duration SEVENTY_TWO_HOURS = Duration.ofHours(72);

  private static final Predicate<String> INSURER =
      to -> to.contains("assur") || to.contains("insur");
  private static final Predicate<String> CNIL = to -> to.contains("cnil");
  private static final Pattern ARS_WORD = Pattern.compile("\\bars\\b");
  private static final Predicate<String> ARS =
      to -> ARS_WORD.matcher(to).find() || to.contains("agence regionale de sante");

  private RegulatoryClocks() {}

  /** The deadlines of {@code complaint}, in the order of {@link Obligation}. */
  public static List<Deadline> compute(Complaint complaint) {
    OffsetDateTime discovery = complaint.discoveryTime();
    OffsetDateTime due72 = discovery.plus(SEVENTY_TWO_HOURS);
    List<Deadline> deadlines = new ArrayList<>();
    deadlines.add(
        new Deadline(Obligation.COMPLAINT, due72, false, complaintStatus(complaint, due72)));
    deadlines.add(periodic(Obligation.INSURER, due72, complaint, INSURER));
    deadlines.add(periodic(Obligation.CNIL, due72, complaint, CNIL));
    if (isHealthEstablishment(complaint.plaintiff())) {
      Status status =
          earliest(complaint, ARS)
              .map(
                  n ->
                      new Status(
                          Status.Kind.RECORDED,
                          n.time(),
                          null,
                          Duration.between(discovery, n.time()),
                          n.to()))
              .orElse(notRecorded());
      deadlines.add(new Deadline(Obligation.ARS, discovery, true, status));
    }
    return List.copyOf(deadlines);
  }

  /** Whether the plaintiff is a health establishment: it has a FINESS number or says "santé". */
  static boolean isHealthEstablishment(Complaint.Plaintiff plaintiff) {
    return plaintiff.finess() != null
        || (plaintiff.legalForm() != null && fold(plaintiff.legalForm()).contains("sante"));
  }

  private static Deadline periodic(
      Obligation obligation, OffsetDateTime due, Complaint complaint, Predicate<String> matches) {
    Status status =
        earliest(complaint, matches)
            .map(
                n ->
                    n.time().isAfter(due)
                        ? new Status(
                            Status.Kind.LATE,
                            n.time(),
                            null,
                            Duration.between(due, n.time()),
                            n.to())
                        : new Status(Status.Kind.MET, n.time(), null, null, n.to()))
            .orElse(notRecorded());
    return new Deadline(obligation, due, false, status);
  }

  private static Status complaintStatus(Complaint complaint, OffsetDateTime due) {
    var dated = complaint.date();
    var dueDay = due.toLocalDate();
    if (dated.isBefore(dueDay)) {
      return new Status(Status.Kind.MET, null, dated, null, null);
    }
    if (dated.isEqual(dueDay)) {
      return new Status(Status.Kind.DUE_DAY, null, dated, null, null);
    }
    Duration late = Duration.between(due, dated.atStartOfDay().atOffset(due.getOffset()));
    return new Status(Status.Kind.LATE, null, dated, late, null);
  }

  private static Optional<Notification> earliest(Complaint complaint, Predicate<String> matches) {
    return complaint.notifications().stream()
        .filter(n -> n.to() != null && n.time() != null && matches.test(fold(n.to())))
        .min(Comparator.comparing(Notification::time));
  }

  private static Status notRecorded() {
    return new Status(Status.Kind.NOT_RECORDED, null, null, null, null);
  }

  /** Lower case without accents, for keyword matching. */
  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }
}
