package io.github.proctime.formats;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to read one input: its name for messages, strict or lenient, and who hears of rejections.
 *
 * <pre>{@code
 * ReadOptions strict = ReadOptions.strict("dossiers.ndjson");
 * ReadOptions lenient = ReadOptions.lenient("events.csv").withRejectionListener(log::warn);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if the listener is.
 */
public final class ReadOptions {
  private static final Consumer<FormatException> NO_LISTENER = e -> {};

  private final String source;
  private final ReadMode mode;
  private final Consumer<FormatException> rejectionListener;

  private ReadOptions(String source, ReadMode mode, Consumer<FormatException> rejectionListener) {
    this.source = Objects.requireNonNull(source, "source");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.rejectionListener = Objects.requireNonNull(rejectionListener, "rejectionListener");
  }

  /**
   * Options that stop at the first bad record.
   *
   * @param source the input's name, used in every {@link FormatException}
   * @return the options
   */
  public static ReadOptions strict(String source) {
    return new ReadOptions(source, ReadMode.STRICT, NO_LISTENER);
  }

  /**
   * Options that skip bad records and report them.
   *
   * @param source the input's name, used in every {@link FormatException}
   * @return the options
   */
  public static ReadOptions lenient(String source) {
    return new ReadOptions(source, ReadMode.LENIENT, NO_LISTENER);
  }

  /**
   * Options in a given mode.
   *
   * @param source the input's name
   * @param mode strict or lenient
   * @return the options
   */
  public static ReadOptions of(String source, ReadMode mode) {
    return new ReadOptions(source, mode, NO_LISTENER);
  }

  /**
   * Returns a copy that passes every rejected record's exception to a listener (lenient mode), in
   * input order, as soon as the record is skipped.
   *
   * @param listener the listener
   * @return the new options
   */
  public ReadOptions withRejectionListener(Consumer<FormatException> listener) {
    return new ReadOptions(source, mode, listener);
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
}
