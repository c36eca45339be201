package io.github.proctime.core;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who caused a dossier's delay on one {@link Timeline}: its delay split into {@link DelayShare}s by
 * an {@link AttributionMethod}.
 *
 * <p>{@link #delay()} is the working time past the due instant ({@link TimelineEvaluation#delay()})
 * and the shares add up to it exactly: {@link #attributed()} plus {@link #unattributed()} equals
 * {@link #delay()}. An on-time dossier, or one still within its time, has no shares ({@link
 * #none(String, Timeline, AttributionMethod)}).
 *
 * <pre>{@code
 * Attribution a = Attributor.of(calendar).attribute(evaluation);
 * a.delay();                          // PT16H: two working days late
 * a.shares().get(0).official();       // the specialist whose step overran
 * a.unattributed();                   // PT0S
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Attribution {
  Attribution() {}

  /**
   * The dossier attributed.
   *
   * @return the dossier code
   */
  public abstract String dossierCode();

  /**
   * The timeline whose delay was attributed.
   *
   * @return the timeline
   */
  public abstract Timeline timeline();

  /**
   * The method used.
   *
   * @return the method
   */
  public abstract AttributionMethod method();

  /**
   * The working time past the due instant on {@link #timeline()}.
   *
   * @return the delay, zero or more
   */
  public abstract Duration delay();

  /**
   * The shares, in hand-over order; empty when there is no delay.
   *
   * @return the shares
   */
  public abstract List<DelayShare> shares();

  /**
   * Tells whether the dossier is late on the recorded timeline but not on the occurred one, so that
   * its delay comes from late recording ({@link Evaluation#isLateOnlyOnRecord()}).
   *
   * @return true if late only on record
   */
  public abstract boolean isLateOnlyOnRecord();

  /**
   * Tells whether the dossier has delay to attribute.
   *
   * @return true if {@link #delay()} is positive
   */
  public boolean isLate() {
    return !delay().isZero();
  }

  /**
   * The working time put on officials.
   *
   * @return the sum of the {@link PartyKind#OFFICIAL} shares
   */
  public Duration attributed() {
    return sum(PartyKind.OFFICIAL);
  }

  /**
   * The working time put on the applicant.
   *
   * @return the sum of the {@link PartyKind#APPLICANT} shares
   */
  public Duration applicant() {
    return sum(PartyKind.APPLICANT);
  }

  /**
   * The working time put on nobody.
   *
   * @return the sum of the {@link PartyKind#UNATTRIBUTED} shares
   */
  public Duration unattributed() {
    return sum(PartyKind.UNATTRIBUTED);
  }

  /**
   * The working time put on one official.
   *
   * @param official the official's name as in the log
   * @return the sum of that official's shares, zero if none
   */
  public Duration shareOf(String official) {
    Duration total = Duration.ZERO;
    for (DelayShare s : shares()) {
      if (s.official().equals(Optional.of(official))) {
        total = total.plus(s.amount());
      }
    }
    return total;
  }

  private Duration sum(PartyKind party) {
    Duration total = Duration.ZERO;
    for (DelayShare s : shares()) {
      if (s.party() == party) {
        total = total.plus(s.amount());
      }
    }
    return total;
  }

  /**
   * The attribution of a dossier with no delay on the timeline.
   *
   * @param dossierCode the dossier's code
   * @param timeline the timeline
   * @param method the method
   * @return an attribution with zero delay and no shares
   */
  public static Attribution none(String dossierCode, Timeline timeline, AttributionMethod method) {
    return builder()
        .dossierCode(dossierCode)
        .timeline(timeline)
        .method(method)
        .delay(Duration.ZERO)
        .lateOnlyOnRecord(false)
        .build();
  }

  /**
   * A builder of attributions.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (delay().isNegative()) {
      throw new IllegalArgumentException("Invalid Attribution: delay is negative: " + delay());
    }
    Duration total = Duration.ZERO;
    for (DelayShare s : shares()) {
      total = total.plus(s.amount());
    }
    if (!total.equals(delay())) {
      throw new IllegalArgumentException(
          "Invalid Attribution: shares add up to " + total + ", not to the delay " + delay());
    }
  }

  /** Builds {@link Attribution} instances; not thread-safe. */
  public static final class Builder extends ImmutableAttribution.Builder {
    Builder() {}
  }
}
