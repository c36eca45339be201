package io.github.proctime.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One interval during which a dossier's clock was, or was claimed to be, paused: a supplement wait,
 * a financial obligation wait, or a {@link EventType#PAUSED} with a reason code.
 *
 * <p>A pause {@linkplain #isClockStopped() stops the clock} only if the rule set accepts it (see
 * {@link PauseKind}); an invalid pause is recorded with the official who pressed it, and its
 * working time keeps counting against the dossier and the step.
 *
 * <pre>{@code
 * for (PauseRecord p : evaluation.occurred().pauses()) {
 *   if (!p.isClockStopped()) report(p.official(), p.workingTime());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PauseRecord {
  PauseRecord() {}

  /**
   * What opened the pause.
   *
   * @return the kind
   */
  public abstract PauseKind kind();

  /**
   * The reason code given, if any.
   *
   * @return the reason
   */
  public abstract Optional<String> reason();

  /**
   * Tells whether the pause stops the clock under the rule set.
   *
   * @return true for a legitimate pause, false for one that keeps counting
   */
  public abstract boolean isClockStopped();

  /**
   * When the pause started, on this timeline.
   *
   * @return the start instant
   */
  public abstract Instant startedAt();

  /**
   * The index of the event that opened the pause.
   *
   * @return the event index
   */
  public abstract int startEventIndex();

  /**
   * When the pause ended, on this timeline.
   *
   * @return the end instant, or empty if still open at the evaluation instant or when the clock
   *     stopped
   */
  public abstract Optional<Instant> endedAt();

  /**
   * The index of the event that closed the pause.
   *
   * @return the event index, or empty if still open
   */
  public abstract OptionalInt endEventIndex();

  /**
   * The official who opened the pause.
   *
   * @return the official, if recorded
   */
  public abstract Optional<String> official();

  /**
   * The unit of the official who opened the pause.
   *
   * @return the unit, if recorded
   */
  public abstract Optional<String> unit();

  /**
   * The working time inside the pause, after the clock start and up to its end (or the end of the
   * clock for an open pause).
   *
   * @return the working time, zero or more
   */
  public abstract Duration workingTime();

  /**
   * Tells whether this is an invalid pause: a {@link PauseKind#REASON_CODE} pause whose reason the
   * rule set does not accept, so the clock kept running and the official who pressed it is
   * answerable for its time.
   *
   * @return true for an invalid pause
   */
  public boolean isInvalid() {
    return kind() == PauseKind.REASON_CODE && !isClockStopped();
  }

  /**
   * Tells whether the pause was still open when the clock was read.
   *
   * @return true if {@link #endedAt()} is empty
   */
  public boolean isOpen() {
    return endedAt().isEmpty();
  }

  /**
   * A builder of pause records.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (endedAt().isPresent() && endedAt().get().isBefore(startedAt())) {
      throw new IllegalArgumentException(
          "Invalid PauseRecord: endedAt ("
              + endedAt().get()
              + ") is before startedAt ("
              + startedAt()
              + ")");
    }
  }

  /** Builds {@link PauseRecord} instances; not thread-safe. */
  public static final class Builder extends ImmutablePauseRecord.Builder {
    Builder() {}
  }
}
