package io.github.proctime.core;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a dossier's append-only event log.
 *
 * <p>Every event has two instants: {@link #occurredAt()}, when it really happened, and {@link
 * #recordedAt()}, when someone entered it in the system. They differ when an official records a
 * step late; proctime evaluates both timelines so that a dossier that is overdue only because a
 * step was recorded late ("quá hạn do quên thao tác") is told apart from one that is really late.
 *
 * <p>The acting official and unit are the ones who performed the event. Which other fields an event
 * needs depends on its type; the evaluator checks them (strict mode throws, lenient mode reports a
 * finding) rather than this class, so that a messy log can still be read:
 *
 * <ul>
 *   <li>{@link EventType#RECEIVED}: {@code official} and {@code unit} of the reception desk, who
 *       becomes the first holder; {@code step} optionally names the reception step.
 *   <li>{@link EventType#HANDED_OVER}: {@code official}/{@code unit} hand over (the current
 *       holder), {@code toOfficial}/{@code toUnit} receive, {@code step} is the step the receiver
 *       performs.
 *   <li>{@link EventType#STEP_COMPLETED}: {@code official} finished {@code step}.
 *   <li>{@link EventType#PAUSED}: {@code reason} is the pause reason code.
 *   <li>{@link EventType#APOLOGY_ISSUED}: {@code newAppointment} and {@code reason}.
 *   <li>the others need only the instants; {@code official} and {@code unit} are recommended.
 * </ul>
 *
 * <pre>{@code
 * DossierEvent handOver = DossierEvent.builder()
 *     .type(EventType.HANDED_OVER)
 *     .occurredAt(Instant.parse("2025-03-03T02:00:00Z")).recordedAt(Instant.parse("2025-03-03T02:05:00Z"))
 *     .official("Nguyễn Văn An").unit("BO_PHAN_MOT_CUA")
 *     .toOfficial("Trần Thị Bình").toUnit("PHONG_TNMT").step("THAM_DINH")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DossierEvent {
  DossierEvent() {}

  /**
   * What happened.
   *
   * @return the event type
   */
  public abstract EventType type();

  /**
   * When the event really happened.
   *
   * @return the instant of occurrence
   */
  public abstract Instant occurredAt();

  /**
   * When the event was entered in the system; not before {@link #occurredAt()} in a valid log.
   *
   * @return the instant of recording
   */
  public abstract Instant recordedAt();

  /**
   * The official who performed the event (for a hand-over, the one handing over).
   *
   * @return the acting official's identifier or name, if known
   */
  public abstract Optional<String> official();

  /**
   * The unit of the acting official.
   *
   * @return the acting unit, if known
   */
  public abstract Optional<String> unit();

  /**
   * For a hand-over, the official who receives the dossier.
   *
   * @return the receiving official, if this event has one
   */
  public abstract Optional<String> toOfficial();

  /**
   * For a hand-over, the unit (or other agency) that receives the dossier.
   *
   * @return the receiving unit, if this event has one
   */
  public abstract Optional<String> toUnit();

  /**
   * The step of the procedure's internal process this event starts or completes.
   *
   * @return the step identifier, if any
   */
  public abstract Optional<String> step();

  /**
   * A reason code, such as a pause reason or the reason for an apology.
   *
   * @return the reason, if any
   */
  public abstract Optional<String> reason();

  /**
   * For an apology, the new appointment given to the applicant.
   *
   * @return the new appointment, if any
   */
  public abstract Optional<Instant> newAppointment();

  /**
   * Free text entered with the event.
   *
   * @return the note, if any
   */
  public abstract Optional<String> note();

  /**
   * A builder of events.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DossierEvent} instances; not thread-safe. */
  public static final class Builder extends ImmutableDossierEvent.Builder {
    Builder() {}
  }
}
