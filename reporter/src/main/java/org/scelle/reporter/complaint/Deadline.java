package org.scelle.reporter.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.scelle.reporter.legal.LegalCatalogue;
import org.scelle.reporter.legal.LegalEntry;

/**
 * One regulatory clock started by the discovery of the attack, and where the complaint stands.
 *
 * @param obligation what must be done
 * @param due when, in the offset of the complaint's {@code discovery_time}; for an immediate
 *     obligation, the discovery time itself
 * @param immediate true when the text says "without delay" rather than giving a period
 * @param status what the complaint records against it
 */
public record Deadline(
    Deadline.Obligation obligation, OffsetDateTime due, boolean immediate, Deadline.Status status) {

  public Deadline {
    Objects.requireNonNull(obligation, "obligation");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(status, "status");
  }

  /** The obligations the dossier tracks, each with the article of the legal catalogue behind it. */
  public enum Obligation {
    /** The complaint itself, which the cyber-insurance cover requires within 72 h. */
    COMPLAINT(
        "L12-10-1",
        "Plainte dans les 72 h (condition de l'assurance cyber)",
        "Complaint within 72 h (condition of the cyber-insurance cover)"),
    /**
     * The insurer informed of the attack, shown against the same 72 h. L12-10-1 sets the 72 h for
     * the complaint; the period for informing the insurer is the policy's, and the insurer will ask
     * for the proof of complaint.
     */
    INSURER("L12-10-1", "Assureur informé dans les 72 h", "Insurer informed within 72 h"),
    /** Notification of a personal data breach to the CNIL within 72 h. */
    CNIL(
        "33",
        "Notification à la CNIL dans les 72 h (violation de données personnelles)",
        "Notification to the CNIL within 72 h (personal data breach)"),
    /** Report of a serious incident to the regional health agency, without delay. */
    ARS(
        "L1111-8-2",
        "Signalement à l'agence régionale de santé sans délai",
        "Report to the regional health agency without delay");

    private final String article;
    private final String labelFr;
    private final String labelEn;

    Obligation(String article, String labelFr, String labelEn) {
      this.article = article;
      this.labelFr = labelFr;
      this.labelEn = labelEn;
    }

    /** The entry of the legal catalogue that sets this obligation. */
    public LegalEntry source() {
      return LegalCatalogue.load()
          .find(article)
          .orElseThrow(() -> new IllegalStateException("article " + article + " not catalogued"));
    }

    /** What must be done, in {@code language} ({@code fr} or {@code en}). */
    public String label(String language) {
      return "en".equals(language) ? labelEn : labelFr;
    }
  }

  /** Where the complaint stands, one line in {@code language} ({@code fr} or {@code en}). */
  public String statusText(String language) {
    return status.describe(language, this);
  }

  /** The due time in UTC. */
  public OffsetDateTime dueUtc() {
    return due.withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** The due instant. */
  public Instant dueInstant() {
    return due.toInstant();
  }

  /**
   * The due time as the dossier prints it: {@code sans délai} / {@code without delay} for an
   * immediate obligation, else the time in the complaint's offset and in UTC.
   */
  public String dueText(String language) {
    boolean en = "en".equals(language);
    String times = due + " (" + dueUtc() + ")";
    if (immediate) {
      return (en ? "without delay, from " : "sans délai, à compter du ") + times;
    }
    return times;
  }

  /**
   * Where the complaint stands against a deadline.
   *
   * @param kind the outcome
   * @param at when it was done, or null (for {@link Kind#DUE_DAY} and {@link Kind#LATE} of the
   *     complaint, only the day is known: see {@code on})
   * @param on the day the complaint is dated, for {@link Obligation#COMPLAINT}; null otherwise
   * @param delta how late ({@link Kind#LATE}), or how long after discovery ({@link Kind#RECORDED});
   *     null otherwise
   * @param recordedAs the {@code to} of the matching notification, or null
   */
  public record Status(
      Kind kind, OffsetDateTime at, LocalDate on, Duration delta, String recordedAs) {

    public Status {
      Objects.requireNonNull(kind, "kind");
    }

    /** The outcomes. */
    public enum Kind {
      /** Done before the due time. */
      MET,
      /** Done after the due time, by {@code delta}. */
      LATE,
      /** An immediate obligation, done {@code delta} after discovery. */
      RECORDED,
      /** The complaint is dated the day the deadline falls: in time only before the due hour. */
      DUE_DAY,
      /** The complaint records nothing for it. */
      NOT_RECORDED
    }

    String describe(String language, Deadline deadline) {
      boolean en = "en".equals(language);
      return switch (kind) {
        case MET ->
            at != null
                ? (en ? "met: done at " : "respecté : fait le ") + at
                : (en ? "met: dated " : "respecté : datée du ") + on;
        case LATE ->
            (en ? "late by " : "en retard de ")
                + (at == null ? (en ? "at least " : "au moins ") : "")
                + duration(delta, en)
                + (at != null
                    ? (en ? " (done at " : " (fait le ") + at + ")"
                    : (en ? " (dated " : " (datée du ") + on + ")");
        case RECORDED ->
            (en ? "done at " : "fait le ")
                + at
                + ", "
                + duration(delta, en)
                + (en ? " after discovery" : " après la découverte");
        case DUE_DAY ->
            en
                ? "dated the deadline day: in time only if filed before "
                    + deadline.due().toLocalTime()
                    + " ("
                    + deadline.due().getOffset()
                    + ")"
                : "datée du jour de l'échéance : dans les délais seulement si déposée avant "
                    + deadline.due().toLocalTime()
                    + " ("
                    + deadline.due().getOffset()
                    + ")";
        case NOT_RECORDED -> en ? "not recorded" : "non renseigné";
      };
    }

    static String duration(Duration duration, boolean en) {
      long minutes = duration.toMinutes();
      long days = minutes / (24 * 60);
      long hours = minutes / 60 % 24;
      StringBuilder text = new StringBuilder();
      if (days > 0) {
        text.append(days).append(en ? " d " : " j ");
      }
      if (days > 0 || hours > 0) {
        text.append(hours).append(" h ");
      }
      return text.append(minutes % 60).append(" min").toString();
    }
  }
}
