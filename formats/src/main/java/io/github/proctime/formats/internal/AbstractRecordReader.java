package io.github.proctime.formats.internal;

import io.github.proctime.formats.FormatException;
import io.github.proctime.formats.ReadMode;
import io.github.proctime.formats.ReadOptions;
import io.github.proctime.formats.ReadReport;
import io.github.proctime.formats.RecordReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The strict/lenient machinery shared by every reader: counts, rejection list, listener.
 *
 * <p>A subclass reads one record per {@link #readRecord()} call. It throws a {@link
 * FormatException} for a bad record after consuming it, so that reading can go on; it calls {@link
 * #unrecoverable} first when the input cannot be resumed (broken syntax), which makes the reader
 * throw even in lenient mode.
 *
 * @param <T> the record type
 */
public abstract class AbstractRecordReader<T> implements RecordReader<T> {
  private static final Logger LOG = LoggerFactory.getLogger(AbstractRecordReader.class);

  private final ReadOptions options;
  private final Closeable input;
  private final List<FormatException> rejections = new ArrayList<>();
  private long accepted;
  private long rejected;
  private T next;
  private boolean done;
  private boolean unrecoverable;

  protected AbstractRecordReader(ReadOptions options, Closeable input) {
    this.options = Objects.requireNonNull(options, "options");
    this.input = Objects.requireNonNull(input, "input");
  }

  /**
   * Reads the next record.
   *
   * @return the record, or null at the end of the input
   * @throws FormatException if the record is bad
   * @throws IOException if reading fails
   */
  protected abstract T readRecord() throws IOException;

  /** Marks the input as impossible to resume, so that the next exception ends reading. */
  protected final void unrecoverable() {
    unrecoverable = true;
  }

  /**
   * Called once when reading stops before the end of the input (strict mode's first rejection, an
   * unrecoverable one, an I/O failure), before the exception is thrown: a subclass stops work it
   * has started ahead. The input stays open until {@link #close}.
   */
  protected void stopped() {}

  protected final ReadOptions options() {
    return options;
  }

  @Override
  public final boolean hasNext() {
    while (next == null && !done) {
      try {
        T record = readRecord();
        if (record == null) {
          done = true;
          LOG.debug("Read {}: {} accepted, {} rejected", options.source(), accepted, rejected);
        } else {
          next = record;
          accepted++;
        }
      } catch (FormatException e) {
        rejected++;
        if (rejections.size() < ReadReport.RETAINED_REJECTIONS) {
          rejections.add(e);
        }
        if (options.mode() == ReadMode.STRICT || unrecoverable) {
          done = true;
          stopped();
          throw e;
        }
        options.rejectionListener().accept(e);
      } catch (IOException e) {
        done = true;
        stopped();
        throw new UncheckedIOException("Cannot read " + options.source(), e);
      }
    }
    return next != null;
  }

  @Override
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("No more records in " + options.source());
    }
    T record = next;
    next = null;
    return record;
  }

  @Override
  public final ReadReport report() {
    return ReadReport.of(options.source(), accepted, rejected, rejections);
  }

  @Override
  public void close() {
    done = true;
    try {
      input.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close " + options.source(), e);
    }
  }
}
