package io.github.proctime.core;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One apology (văn bản xin lỗi) issued for a dossier, with the new appointment it gives.
 *
 * <p>An apology is timely when issued no later than the apology deadline (the due instant moved
 * back {@link RuleSet#apologyLeadWorkingDays()}; {@code shared/domain/regulations.md} §1.2).
 *
 * <pre>{@code
 * evaluation.occurred().apologies().get(0).newAppointment();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ApologyRecord {
  ApologyRecord() {}

  /**
   * The index of the {@link EventType#APOLOGY_ISSUED} event.
   *
   * @return the event index
   */
  public abstract int eventIndex();

  /**
   * When the apology was issued, on this timeline.
   *
   * @return the instant
   */
  public abstract Instant issuedAt();

  /**
   * The official who issued it.
   *
   * @return the official, if recorded
   */
  public abstract Optional<String> official();

  /**
   * The unit that issued it.
   *
   * @return the unit, if recorded
   */
  public abstract Optional<String> unit();

  /**
   * The new appointment given.
   *
   * @return the new appointment, if the apology gives one
   */
  public abstract Optional<Instant> newAppointment();

  /**
   * The reason for the delay stated in the apology.
   *
   * @return the reason, if given
   */
  public abstract Optional<String> reason();

  /**
   * Tells whether the apology was issued no later than the apology deadline.
   *
   * @return true if timely
   */
  public abstract boolean isTimely();

  /**
   * A builder of apology records.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ApologyRecord} instances; not thread-safe. */
  public static final class Builder extends ImmutableApologyRecord.Builder {
    Builder() {}
  }
}
