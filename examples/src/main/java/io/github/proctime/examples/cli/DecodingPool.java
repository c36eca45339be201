package io.github.proctime.examples.cli;

import io.github.proctime.formats.ReadOptions;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the CLI decodes its NDJSON inputs ({@link ReadOptions#withDecodingExecutor}): on {@link
 * ForkJoinPool#commonPool()}, which also evaluates (the commands' parallel streams).
 *
 * <p>Why the common pool: the reading thread decodes itself every batch the pool has not started
 * when the batch is needed, so a pool busy evaluating (its parallelism is one on two cores) costs
 * no idle wait, and no thread is added to those already sharing the cores. On a loaded two-core
 * machine a pool of its own (one daemon thread per core) was no faster and used more CPU time; the
 * system property {@code proctime.decoding} picks the alternatives for measurements on other
 * machines: {@code own} (that pool) or {@code none} (decoding on the reading thread).
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
    String choice = System.getProperty("proctime.decoding", "common");
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
