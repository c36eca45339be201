package io.github.proctime.core.internal.report;

import io.github.proctime.core.report.LateParty;
import io.github.proctime.core.report.ReportDimension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The running delay of one late official or unit: count, total, largest, and the codes of its worst
 * dossiers, capped so that memory does not grow with the number of dossiers.
 */
final class LatePartyTally {
  /** One listed dossier: its delay for this party and its code. */
  private record Listed(long seconds, String code) {}

  private static final Comparator<Listed> WORST_FIRST =
      Comparator.comparingLong(Listed::seconds).reversed().thenComparing(Listed::code);

  private final PartyKey key;
  private final int limit;
  private long dossiers;
  private long totalSeconds;
  private long largestSeconds;
  private final TreeSet<Listed> worst = new TreeSet<>(WORST_FIRST);

  LatePartyTally(PartyKey key, int limit) {
    this.key = key;
    this.limit = limit;
  }

  void add(String dossierCode, Duration delay) {
    dossiers++;
    totalSeconds = Math.addExact(totalSeconds, delay.toSeconds());
    largestSeconds = Math.max(largestSeconds, delay.toSeconds());
    offer(new Listed(delay.toSeconds(), dossierCode));
  }

  private void offer(Listed listed) {
    worst.add(listed);
    if (worst.size() > limit) {
      worst.pollLast();
    }
  }

  void merge(LatePartyTally o) {
    dossiers += o.dossiers;
    totalSeconds = Math.addExact(totalSeconds, o.totalSeconds);
    largestSeconds = Math.max(largestSeconds, o.largestSeconds);
    for (Listed l : o.worst) {
      offer(l);
    }
  }

  LateParty toLateParty() {
    List<String> codes = new ArrayList<>(worst.size());
    for (Listed l : worst) {
      codes.add(l.code());
    }
    return LateParty.builder()
        .dimension(key.dimension())
        .name(key.name())
        .unit(
            key.dimension() == ReportDimension.OFFICIAL && !key.unit().isEmpty()
                ? Optional.of(key.unit())
                : Optional.empty())
        .agency(key.agency().isEmpty() ? Optional.empty() : Optional.of(key.agency()))
        .lateDossiers(dossiers)
        .totalDelay(Duration.ofSeconds(totalSeconds))
        .largestDelay(Duration.ofSeconds(largestSeconds))
        .dossierCodes(codes)
        .build();
  }

  /** Identifies a late party: an official with their unit and agency, or a unit with its agency. */
  record PartyKey(ReportDimension dimension, String name, String unit, String agency)
      implements Comparable<PartyKey> {
    private static final Comparator<PartyKey> ORDER =
        Comparator.comparing(PartyKey::dimension)
            .thenComparing(PartyKey::name)
            .thenComparing(PartyKey::unit)
            .thenComparing(PartyKey::agency);

    @Override
    public int compareTo(PartyKey o) {
      return ORDER.compare(this, o);
    }
  }
}
