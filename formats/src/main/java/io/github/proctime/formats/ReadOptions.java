package io.github.proctime.formats;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * How to read one input: its name for messages, strict or lenient, who hears of rejections, and
 * optionally an executor to decode records on.
 *
 * <pre>{@code
 * ReadOptions strict = ReadOptions.strict("dossiers.ndjson");
 * ReadOptions lenient = ReadOptions.lenient("events.csv").withRejectionListener(log::warn);
 * ReadOptions parallel = ReadOptions.strict("dossiers.ndjson").withDecodingExecutor(pool);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if the listener is.
 */
public final class ReadOptions {
  private static final Consumer<FormatException> NO_LISTENER = e -> {};

  private final String source;
  private final ReadMode mode;
  private final Consumer<FormatException> rejectionListener;
  private final Executor decodingExecutor;

  private ReadOptions(
      String source,
      ReadMode mode,
      Consumer<FormatException> rejectionListener,
      Executor decodingExecutor) {
    this.source = Objects.requireNonNull(source, "source");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.rejectionListener = Objects.requireNonNull(rejectionListener, "rejectionListener");
    this.decodingExecutor = decodingExecutor;
  }

  /**
   * Options that stop at the first bad record.
   *
   * @param source the input's name, used in every {@link FormatException}
   * @return the options
   */
  public static ReadOptions strict(String source) {
    return new ReadOptions(source, ReadMode.STRICT, NO_LISTENER, null);
  }

  /**
   * Options that skip bad records and report them.
   *
   * @param source the input's name, used in every {@link FormatException}
   * @return the options
   */
  public static ReadOptions lenient(String source) {
    return new ReadOptions(source, ReadMode.LENIENT, NO_LISTENER, null);
  }

  /**
   * Options in a given mode.
   *
   * @param source the input's name
   * @param mode strict or lenient
   * @return the options
   */
  public static ReadOptions of(String source, ReadMode mode) {
    return new ReadOptions(source, mode, NO_LISTENER, null);
  }

  /**
   * Returns a copy that passes every rejected record's exception to a listener (lenient mode), in
   * input order, as soon as the record is skipped.
   *
   * @param listener the listener
   * @return the new options
   */
  public ReadOptions withRejectionListener(Consumer<FormatException> listener) {
    return new ReadOptions(source, mode, listener, decodingExecutor);
  }

  /**
   * Returns a copy that decodes records on an executor's threads while they still come out of the
   * reader one at a time, in input order (default: decoded on the thread that calls the reader).
   *
   * <p>Honoured by the NDJSON readers ({@code DossierNdjson}, {@code PortalDossiers}), where
   * decoding is most of the cost of reading; the other readers ignore it and decode on the calling
   * thread. The reader yields exactly what it yields without the executor: the same records in the
   * same order, each rejection in its place, the duplicate-code check done in input order, strict
   * mode stopping at the first bad record, and the rejection listener called on the reading thread
   * in input order. Only the work in between moves: the reading thread reads lines in batches of up
   * to 512 lines or 256 Ki chars or bytes, and each batch is decoded by one task on the executor.
   *
   * <p>Memory: up to {@code 2 × availableProcessors + 2} batches are read ahead, and never more
   * than 16, with their decoded records (about half a MiB a batch of demo dossiers). Closing the
   * reader, or its stopping at strict mode's first rejection or an I/O failure, makes its
   * unfinished tasks stop at their next line; it does not wait for them. A decoder's unexpected
   * exception or error is thrown by the reader in the place of its line. A batch whose task the
   * executor has not started when the reader needs it is decoded by the reading thread itself, so a
   * busy or shared pool (such as {@link java.util.concurrent.ForkJoinPool#commonPool()}, even when
   * the reader is used from one of its threads) never makes the reader wait for a task that has not
   * started, nor deadlock; a batch the executor refuses (full, or shut down) is decoded the same
   * way. {@code Runnable::run} decodes each batch on the reading thread as it is read.
   *
   * <pre>{@code
   * ExecutorService pool = Executors.newFixedThreadPool(4);
   * ReadOptions options = ReadOptions.strict("d.ndjson").withDecodingExecutor(pool);
   * try (RecordReader<Dossier> in = DossierNdjson.reader(Files.newInputStream(file), options)) {
   *   in.forEachRemaining(evaluator);
   * }
   * }</pre>
   *
   * @param executor the executor that decodes; not shut down by the reader
   * @return the new options
   */
  public ReadOptions withDecodingExecutor(Executor executor) {
    return new ReadOptions(
        source, mode, rejectionListener, Objects.requireNonNull(executor, "executor"));
  }

  /**
   * The input's name, such as a file name.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * Strict or lenient.
   *
   * @return the mode
   */
  public ReadMode mode() {
    return mode;
  }

  /**
   * The listener told of each rejected record.
   *
   * @return the listener; a no-op one if none was set
   */
  public Consumer<FormatException> rejectionListener() {
    return rejectionListener;
  }

  /**
   * The executor that decodes records, if one was set with {@link #withDecodingExecutor}.
   *
   * @return the executor, or empty to decode on the reading thread
   */
  public Optional<Executor> decodingExecutor() {
    return Optional.ofNullable(decodingExecutor);
  }
}
