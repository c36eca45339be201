package io.github.proctime.formats;

/**
 * Writes records one at a time to an output, without holding them in memory.
 *
 * <p>{@link #close()} finishes the document (closing brackets, last line), flushes and closes the
 * underlying output. An I/O failure throws {@link java.io.UncheckedIOException}.
 *
 * <pre>{@code
 * try (RecordWriter<Dossier> out = DossierNdjson.writer(writer)) {
 *   dossiers.forEach(out::write);
 * }
 * }</pre>
 *
 * <p>Implementations are not thread-safe: use one writer from one thread.
 *
 * @param <T> the record type
 */
public interface RecordWriter<T> extends AutoCloseable {
  /**
   * Writes one record.
   *
   * @param record the record
   * @throws java.io.UncheckedIOException if writing fails
   * @throws IllegalStateException if the writer is closed
   */
  void write(T record);

  /**
   * Finishes the document and closes the output.
   *
   * @throws java.io.UncheckedIOException if writing fails
   */
  @Override
  void close();
}
