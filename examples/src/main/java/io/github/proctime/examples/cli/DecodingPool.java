package io.github.proctime.examples.cli;

import io.github.proctime.formats.ReadOptions;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the CLI decodes its NDJSON inputs ({@link ReadOptions#withDecodingExecutor}): on {@link
 * ForkJoinPool#commonPool()} when the machine has more than two cores, otherwise on the reading
 * thread ({@link ReadAhead}'s).
 *
 * <p>Why: the commands evaluate on all cores, so decoding on other threads only pays when there are
 * cores that evaluation leaves idle. On two cores, {@code proctime report} over a million dossiers
 * (JMH, one iteration, load 1 to 2.7) took 10.1 to 10.6 s decoding on the reading thread, 11.0 to
 * 11.2 s on the common pool and 12.0 to 12.2 s on a pool of its own (one daemon thread per core):
 * the cores were busy, and batches in flight meant more garbage collection. Reading alone, two
 * decoding threads halve the time (2.5 s instead of 4.5 s for the million), so where the reading
 * thread is the bottleneck, on more cores, the common pool takes the decoding (the commands
 * evaluate on their own workers, one a core, see {@link InOrder}), and the reading thread decodes
 * itself every batch the pool has not started, so a busy pool costs no wait; those figures are from
 * before the commands had their own workers (round 7), and more cores were not measured since. The
 * system property {@code proctime.decoding} overrides the choice for measurements: {@code common},
 * {@code own} (the pool of its own) or {@code none}.
 */
final class DecodingPool {
  private DecodingPool() {}

  /** Created on first use only. */
  private static final class Own {
    private static final AtomicInteger COUNT = new AtomicInteger();
    static final Executor POOL =
        Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            task -> {
              Thread t = new Thread(task, "proctime-decode-" + COUNT.incrementAndGet());
              t.setDaemon(true); // never keeps the process alive
              return t;
            });
  }

  /**
   * The options with the decoding executor set, as chosen above.
   *
   * @param options the options
   * @return the options to read with
   * @throws BadInputException if the system property names no choice
   */
  static ReadOptions decodeOn(ReadOptions options) {
    String auto = Runtime.getRuntime().availableProcessors() > 2 ? "common" : "none";
    String choice = System.getProperty("proctime.decoding", auto);
    return switch (choice) {
      case "none" -> options;
      case "own" -> options.withDecodingExecutor(Own.POOL);
      case "common" -> options.withDecodingExecutor(ForkJoinPool.commonPool());
      default ->
          throw new BadInputException(
              "-Dproctime.decoding=" + choice + ": expected common, own or none");
    };
  }
}
