package io.github.proctime.formats.html;

import io.github.proctime.core.DossierState;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The content of an apology letter draft for a late dossier, before it is rendered: what {@link
 * ApologyDrafts#draft} computed from the evaluation, which the caller may change before {@link
 * ApologyDrafts#render(ApologyDraft)}.
 *
 * <p>The content is what the sources require of the letter: the reason for the delay and the
 * proposed new return date ({@code shared/domain/regulations.md} §1.2, §1.13), and, in TP.HCM
 * practice, the applicant's name, the dossier type, the receipt number, the status, the next
 * appointment and the responsible agency or unit (§1, provincial apology rules).
 *
 * <pre>{@code
 * ApologyDraft d = ApologyDrafts.draft(evaluation, dossier, procedure, calendar)
 *     .withReason("Hồ sơ cần xác minh thực địa")
 *     .withNewAppointment(Instant.parse("2025-09-12T09:00:00Z"));
 * String html = ApologyDrafts.render(d);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ApologyDraft {
  ApologyDraft() {}

  /**
   * The form in force for the dossier.
   *
   * @return the form
   */
  public abstract ApologyForm form();

  /**
   * The dossier code (mã hồ sơ), the receipt number of the letter.
   *
   * @return the code
   */
  public abstract String dossierCode();

  /**
   * The applicant the letter is addressed to.
   *
   * @return the applicant, if known; a blank to fill in is printed otherwise
   */
  public abstract Optional<String> applicant();

  /**
   * The national code of the procedure.
   *
   * @return the procedure code
   */
  public abstract String procedureCode();

  /**
   * The procedure's name, the dossier type.
   *
   * @return the procedure name
   */
  public abstract String procedureName();

  /**
   * When the dossier was received.
   *
   * @return the receipt instant
   */
  public abstract Instant receivedAt();

  /**
   * The appointment the dossier will miss: the effective due instant.
   *
   * @return the current due instant
   */
  public abstract Instant dueAt();

  /**
   * The latest instant to send the apology: the due instant moved back by the rule set's lead
   * ({@code shared/domain/regulations.md} §1.2).
   *
   * @return the apology deadline
   */
  public abstract Instant apologyDeadline();

  /**
   * The proposed new appointment.
   *
   * @return the new appointment
   */
  public abstract Instant newAppointment();

  /**
   * How the new appointment was computed, for the official who edits the draft.
   *
   * @return the description
   */
  public abstract String appointmentBasis();

  /**
   * The reason for the delay.
   *
   * @return the reason, if given; a blank to fill in is printed otherwise
   */
  public abstract Optional<String> reason();

  /**
   * The units responsible for the delay, most responsible first.
   *
   * @return the units; a blank to fill in is printed when empty
   */
  public abstract List<String> responsibleUnits();

  /**
   * The dossier's state when the draft was made.
   *
   * @return the state
   */
  public abstract DossierState state();

  /**
   * When the dossier was evaluated for the draft.
   *
   * @return the evaluation instant
   */
  public abstract Instant preparedAt();

  /**
   * How many new appointments the dossier has already been given.
   *
   * @return the number of earlier reschedules
   */
  public abstract int earlierReschedules();

  /**
   * How many reschedules the rule set allows ({@code shared/domain/regulations.md} §1.3).
   *
   * @return the maximum
   */
  public abstract int maxReschedules();

  /**
   * The zone local times are written in.
   *
   * @return the zone
   */
  public abstract ZoneId zone();

  /**
   * Tells whether this draft would reset the return date more often than the rule set allows.
   *
   * @return true if {@code earlierReschedules() >= maxReschedules()}
   */
  public boolean isBeyondRescheduleLimit() {
    return earlierReschedules() >= maxReschedules();
  }

  /**
   * Tells whether the draft is prepared after the apology deadline.
   *
   * @return true if {@link #preparedAt()} is after {@link #apologyDeadline()}
   */
  public boolean isAfterApologyDeadline() {
    return preparedAt().isAfter(apologyDeadline());
  }

  /**
   * Returns a copy with another reason.
   *
   * @param reason the reason for the delay
   * @return the changed draft
   */
  public abstract ApologyDraft withReason(String reason);

  /**
   * Returns a copy with another new appointment.
   *
   * @param newAppointment the proposed new appointment
   * @return the changed draft
   */
  public abstract ApologyDraft withNewAppointment(Instant newAppointment);

  /**
   * Returns a copy with other responsible units, such as those of an attribution.
   *
   * @param units the responsible units, most responsible first
   * @return the changed draft
   */
  public abstract ApologyDraft withResponsibleUnits(Iterable<String> units);

  /**
   * A builder of drafts.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (earlierReschedules() < 0 || maxReschedules() < 0) {
      throw new IllegalArgumentException(
          "Invalid ApologyDraft: earlierReschedules ("
              + earlierReschedules()
              + ") and maxReschedules ("
              + maxReschedules()
              + ") must be 0 or more");
    }
  }

  /** Builds {@link ApologyDraft} instances; not thread-safe. */
  public static final class Builder extends ImmutableApologyDraft.Builder {
    Builder() {}
  }
}
