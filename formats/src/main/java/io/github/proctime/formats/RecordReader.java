package io.github.proctime.formats;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A stream of records read one at a time from an input that is never loaded whole.
 *
 * <p>{@link #next()} reads just enough input for one record. In strict mode a bad record throws its
 * {@link FormatException} from {@link #hasNext()} or {@link #next()}; in lenient mode it is skipped
 * and counted in {@link #report()}. An I/O failure throws {@link java.io.UncheckedIOException}.
 * Closing the reader closes the underlying input.
 *
 * <pre>{@code
 * try (RecordReader<Dossier> in = DossierNdjson.reader(reader, ReadOptions.lenient("d.ndjson"))) {
 *   in.stream().forEach(evaluator);
 *   System.err.println(in.report());
 * }
 * }</pre>
 *
 * <p>Implementations are not thread-safe: use one reader from one thread.
 *
 * @param <T> the record type
 */
public interface RecordReader<T> extends Iterator<T>, AutoCloseable {
  /**
   * The counts so far; final once {@link #hasNext()} has returned false.
   *
   * @return a snapshot of the counts
   */
  ReadReport report();

  /**
   * Closes the underlying input.
   *
   * @throws java.io.UncheckedIOException if closing fails
   */
  @Override
  void close();

  /**
   * The remaining records as a sequential stream; closing the stream closes this reader.
   *
   * @return the stream
   */
  default Stream<T> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }
}
