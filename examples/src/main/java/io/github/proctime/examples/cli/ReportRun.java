package io.github.proctime.examples.cli;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.core.Attributor;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.Evaluator;
import io.github.proctime.core.report.PeriodReport;
import io.github.proctime.core.report.ReportAggregator;
import io.github.proctime.core.report.ReportEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Evaluates, attributes and aggregates a stream of dossiers into a period report, on all cores:
 * dossiers are read in batches on a background thread ({@link ReadAhead}; where NDJSON lines are
 * decoded: {@link DecodingPool}), each batch is split into parts that are evaluated and aggregated
 * on one worker a core ({@link InOrder}) while the parts before them are taken back in input order,
 * into about one aggregator per thread merged at the end, so memory stays bounded by a few batches
 * and the number of report groups.
 *
 * <p>Dossiers received after the judgement instant are not part of the report: they are counted and
 * the caller says so, never dropped silently. It also remembers the most delayed dossier, to
 * explain it.
 */
final class ReportRun {
  /**
   * Dossiers per batch. Up to three batches wait or are being read in {@link ReadAhead} and up to
   * two more are being evaluated here ({@link #IN_FLIGHT}), and every young collection copies them.
   * When one batch was evaluated at a time (before round 7), a 1M-dossier run under {@code
   * -Xmx256m} spent about 1.8 s in GC pauses and took 7.3 s with 4,096 (JMH {@code cliReport});
   * with 1,024, 0.5 s and 6.2 s. 512 was slower again (6.7 s): more hand-offs between threads.
   */
  private static final int BATCH = 1024;

  /**
   * Parts of a batch, each evaluated and aggregated by one task. The entries are aggregated on the
   * thread that evaluated them, while the evaluation is still in its cache: aggregating a whole
   * batch afterwards on the calling thread read every evaluation back from memory, one thread
   * alone, and was an eighth of a run's CPU samples. Several parts per thread keep the threads
   * evenly busy while the reading thread takes a core now and then.
   */
  private static final int PARTS_PER_THREAD = 4;

  private static final int PARTS = PARTS_PER_THREAD * Runtime.getRuntime().availableProcessors();

  /** Parts evaluated or waiting to be taken back at most: two batches' worth. */
  private static final int IN_FLIGHT = 2 * PARTS;

  private final Evaluator bulk;
  private final Attributor attributor;
  private final ReportAggregator.Builder settings;
  private final Instant judgedAt;
  private final boolean lenient;
  private final List<String> skippedMessages = new ArrayList<>();

  private long skipped;

  private long receivedLater;
  private long count;
  private Dossier worst;
  private Duration worstDelay = Duration.ZERO;

  ReportRun(
      Evaluator evaluator,
      WorkingCalendar calendar,
      ReportAggregator.Builder settings,
      boolean lenient) {
    this.lenient = lenient;
    this.bulk = evaluator.toBuilder().explaining(false).build();
    this.attributor = Attributor.of(calendar);
    // A copy: the parts build their aggregators from it on worker threads, and the caller's
    // builder is not thread-safe.
    ReportAggregator configured = settings.build();
    this.settings = configured.toBuilder();
    this.judgedAt = configured.judgedAt();
  }

  PeriodReport run(Iterator<Dossier> dossiers, Progress progress) throws InterruptedException {
    Aggregators aggregators = new Aggregators();
    long done = 0;
    // The parts of the batches read ahead are evaluated and aggregated on the workers while this
    // thread takes the parts before them back, in input order.
    try (InOrder<Dossier, Part> parts =
        new InOrder<>(
            new ReadAhead<>(dossiers, BATCH),
            "proctime-report",
            PARTS,
            IN_FLIGHT,
            batch -> parts(batch, aggregators))) {
      for (Part part = parts.next(); part != null; part = parts.next()) {
        merge(part);
        done += part.size;
        progress.update(done & ~1023L);
      }
    }
    count = done;
    progress.done(count);
    return aggregators.merged(settings).report();
  }

  /**
   * The aggregators of a run, about one per evaluating thread: a part takes one for its exclusive
   * use and gives it back, so no aggregator is ever used by two threads at once, and all are merged
   * at the end of the run (the merge does not depend on order). Why not one per part of every
   * batch, merged batch by batch: that cost more CPU than it saved, making and adding up the
   * groups' processing-time histograms thousands of times ({@code BENCHMARKS.md}, round 5).
   */
  private static final class Aggregators {
    private final java.util.concurrent.ConcurrentLinkedDeque<ReportAggregator> idle =
        new java.util.concurrent.ConcurrentLinkedDeque<>();
    private final java.util.concurrent.ConcurrentLinkedQueue<ReportAggregator> all =
        new java.util.concurrent.ConcurrentLinkedQueue<>();

    ReportAggregator take(ReportAggregator.Builder settings) {
      ReportAggregator a = idle.pollFirst();
      if (a == null) {
        // The builder is documented as not thread-safe: parts may start together.
        synchronized (settings) {
          a = settings.build();
        }
        all.add(a);
      }
      return a;
    }

    void giveBack(ReportAggregator a) {
      idle.addFirst(a);
    }

    ReportAggregator merged(ReportAggregator.Builder settings) {
      ReportAggregator total = settings.build();
      for (ReportAggregator a : all) {
        total.merge(a);
      }
      return total;
    }
  }

  /**
   * What one part of a batch gave, merged in input order: so messages keep the input's order, and
   * in strict mode the first failure in input order is the one reported. Static, and its fields
   * named apart from the run's, so a worker never writes the run's own state.
   */
  private static final class Part {
    final List<String> errors = new ArrayList<>();
    long later;
    Dossier mostDelayed;
    Duration mostDelay = Duration.ZERO;
    io.github.proctime.ProctimeException failure;
    int size;

    Part add(ReportRun run, Aggregators aggregators, List<Dossier> dossiers) {
      size = dossiers.size();
      ReportAggregator aggregator = aggregators.take(run.settings);
      try {
        return add(run, aggregator, dossiers);
      } finally {
        aggregators.giveBack(aggregator);
      }
    }

    private Part add(ReportRun run, ReportAggregator aggregator, List<Dossier> dossiers) {
      for (Dossier d : dossiers) {
        if (d.receivedAt().map(r -> r.isAfter(run.judgedAt)).orElse(false)) {
          later++;
          continue;
        }
        Evaluation e;
        ReportEntry entry;
        try {
          e = run.bulk.evaluate(d, run.judgedAt);
          entry = ReportEntry.of(d, e, run.attributor.attribute(e));
        } catch (io.github.proctime.ProctimeException x) {
          if (!run.lenient) {
            failure = x; // strict: this part stops; the run throws the first failure in input order
            return this;
          }
          errors.add(x.getMessage());
          continue;
        }
        aggregator.add(entry);
        Duration delay = e.occurred().delay();
        if (isWorse(d, delay, mostDelayed, mostDelay)) {
          mostDelayed = d;
          mostDelay = delay;
        }
      }
      return this;
    }
  }

  /**
   * Whether a dossier is more delayed than the worst so far, or as delayed with a smaller code: so
   * the most delayed dossier is the same whatever the order in which dossiers are offered.
   */
  private static boolean isWorse(Dossier d, Duration delay, Dossier worst, Duration worstDelay) {
    return delay.compareTo(worstDelay) > 0
        || delay.equals(worstDelay)
            && worst != null
            && delay.compareTo(Duration.ZERO) > 0
            && d.code().compareTo(worst.code()) < 0;
  }

  /** A batch cut into parts, each evaluated and aggregated by one task. */
  private List<Callable<Part>> parts(List<Dossier> batch, Aggregators aggregators) {
    int parts = Math.min(PARTS, batch.size());
    List<Callable<Part>> tasks = new ArrayList<>(parts);
    for (int k = 0; k < parts; k++) {
      List<Dossier> part = batch.subList(k * batch.size() / parts, (k + 1) * batch.size() / parts);
      tasks.add(() -> new Part().add(this, aggregators, part));
    }
    return tasks;
  }

  /** Takes a part's results into the run's, in input order; throws its failure in a strict run. */
  private void merge(Part part) {
    if (part.failure != null) {
      throw part.failure;
    }
    receivedLater += part.later;
    for (String error : part.errors) {
      skipped++;
      if (skippedMessages.size() < 20) {
        skippedMessages.add(error);
      }
    }
    if (part.mostDelayed != null && isWorse(part.mostDelayed, part.mostDelay, worst, worstDelay)) {
      worst = part.mostDelayed;
      worstDelay = part.mostDelay;
    }
  }

  /** Says on standard error what the report does not count, so nothing is dropped silently. */
  void reportSkipped(java.io.PrintWriter err) {
    if (receivedLater > 0) {
      err.printf(
          "proctime: %,d dossiers received after %s are not in the report%n",
          receivedLater, judgedAt);
    }
    if (skipped > 0) {
      err.printf(
          "proctime: %,d dossiers could not be evaluated (lenient) and are not counted:%n",
          skipped);
      skippedMessages.forEach(m -> err.println("  " + m));
    }
    err.flush();
  }

  long receivedLater() {
    return receivedLater;
  }

  long count() {
    return count;
  }

  Optional<Dossier> mostDelayed() {
    return Optional.ofNullable(worst);
  }
}
