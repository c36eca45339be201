package io.github.proctime.core;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Something found about a dossier that a person should know: an anomaly of its log found in lenient
 * evaluation, or a compliance finding added by later analysis.
 *
 * <p>The type is general on purpose: {@link #code()} is an open string ({@code LOG_...} codes come
 * from {@link LogRule#code()}; other analyses add their own prefixes), and every finding names the
 * rule it applies, the source of that rule, the event, the official and unit concerned, and the
 * evidence, so that it can be disputed.
 *
 * <pre>{@code
 * Finding f = Finding.builder()
 *     .code("LOG_RESUME_WITHOUT_PAUSE").severity(Severity.WARNING)
 *     .rule("a resume must follow a pause").source("proctime event-log rules")
 *     .dossierCode("H40-0001").eventIndex(4).official("Trần Thị Bình")
 *     .message("RESUMED at event 4 has no open pause; kept in the log, ignored by the clock")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {
  Finding() {}

  /**
   * The finding's code, such as {@code LOG_HAND_OVER_FROM_NON_HOLDER}.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * How serious the finding is.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * The rule applied, in words.
   *
   * @return the rule
   */
  public abstract String rule();

  /**
   * Where the rule comes from: a decree and article, a {@code shared/domain} note, or proctime's
   * own log rules.
   *
   * @return the source
   */
  public abstract String source();

  /**
   * The dossier concerned.
   *
   * @return the dossier code
   */
  public abstract String dossierCode();

  /**
   * The index of the event concerned in {@link Dossier#events()}.
   *
   * @return the index, or empty if the finding is not about one event
   */
  public abstract OptionalInt eventIndex();

  /**
   * The timeline on which the finding holds, when it holds on one only.
   *
   * @return the timeline, or empty if it holds on both
   */
  public abstract Optional<Timeline> timeline();

  /**
   * The official concerned.
   *
   * @return the official, if any
   */
  public abstract Optional<String> official();

  /**
   * The unit concerned.
   *
   * @return the unit, if any
   */
  public abstract Optional<String> unit();

  /**
   * What was found and, for an anomaly, what the evaluation did with the event.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * The evidence: the values and instants the finding rests on; empty if the message says it all.
   *
   * @return the evidence text
   */
  @Value.Default
  public String evidence() {
    return "";
  }

  /**
   * A builder of findings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Finding} instances; not thread-safe. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
