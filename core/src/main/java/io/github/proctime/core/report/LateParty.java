package io.github.proctime.core.report;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the monthly list of late officials or late units: who, how many late dossiers they are
 * attributed, the total and the largest delay they are answerable for, and the dossier codes.
 *
 * <p>The figures come from the dossiers' {@link io.github.proctime.core.Attribution}s, never from
 * "who held the dossier last": an official's delay on a dossier is the sum of that dossier's {@link
 * io.github.proctime.core.DelayShare}s put on them, in working time. A dossier counts for a party
 * when it is late in the report (finished late in the period, or in progress and overdue at the
 * judgement instant) and its attribution puts a positive share on the party. {@link
 * #dossierCodes()} is capped at the aggregator's {@link ReportAggregator#dossierCodeLimit()}: it
 * keeps the dossiers with the largest delay for this party (ties by code), largest first, and
 * {@link #omittedDossierCodes()} counts the rest.
 *
 * <pre>{@code
 * for (LateParty p : report.lateOfficials()) {
 *   print(p.name(), p.unit().orElse(""), p.lateDossiers(), p.totalDelay(), p.dossierCodes());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LateParty {
  LateParty() {}

  /**
   * Whether this row is an official ({@link ReportDimension#OFFICIAL}) or a unit ({@link
   * ReportDimension#UNIT}).
   *
   * @return the dimension
   */
  public abstract ReportDimension dimension();

  /**
   * The official's name, or the unit's identifier, as the attribution gives it; empty when the log
   * did not record it (the share is still counted, under the empty name).
   *
   * @return the name
   */
  public abstract String name();

  /**
   * For an official, their unit as the attribution gives it; for a unit row, empty.
   *
   * @return the unit, if any
   */
  public abstract Optional<String> unit();

  /**
   * The other agency of an inter-agency (liên thông) step, as the attribution gives it.
   *
   * @return the agency, if any
   */
  public abstract Optional<String> agency();

  /**
   * The late dossiers with a positive share put on this party.
   *
   * @return the count, at least one
   */
  public abstract long lateDossiers();

  /**
   * The working time of delay put on this party, over all its late dossiers.
   *
   * @return the total delay
   */
  public abstract Duration totalDelay();

  /**
   * The largest delay put on this party on one dossier.
   *
   * @return the largest delay
   */
  public abstract Duration largestDelay();

  /**
   * The codes of the dossiers with the largest delay for this party, largest first, at most the
   * aggregator's limit.
   *
   * @return the dossier codes
   */
  public abstract List<String> dossierCodes();

  /**
   * How many late dossiers of this party are not listed in {@link #dossierCodes()}.
   *
   * @return {@code lateDossiers - dossierCodes().size()}
   */
  public long omittedDossierCodes() {
    return lateDossiers() - dossierCodes().size();
  }

  /**
   * A builder, used by the aggregator.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (lateDossiers() < dossierCodes().size()) {
      throw new IllegalArgumentException(
          "Invalid LateParty "
              + name()
              + ": lateDossiers ("
              + lateDossiers()
              + ") is less than the number of dossier codes ("
              + dossierCodes().size()
              + ")");
    }
  }

  /** Builds {@link LateParty} instances; not thread-safe. */
  public static final class Builder extends ImmutableLateParty.Builder {
    Builder() {}
  }
}
