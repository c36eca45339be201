package io.github.proctime.formats;

import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Writes records to text and reads them back, for round-trip and golden tests. */
public final class RoundTrips {
  private RoundTrips() {}

  /**
   * Writes records with a writer factory.
   *
   * @param records the records
   * @param writer the factory
   * @param <T> the record type
   * @return the text
   */
  public static <T> String write(List<T> records, Function<Writer, RecordWriter<T>> writer) {
    StringWriter out = new StringWriter();
    try (RecordWriter<T> w = writer.apply(out)) {
      records.forEach(w::write);
    }
    return out.toString();
  }

  /**
   * Reads a text in strict mode and returns the exception it must throw.
   *
   * @param text the text
   * @param reader the factory
   * @param <T> the record type
   * @return the exception
   */
  public static <T> FormatException strictError(
      String text, BiFunction<java.io.Reader, ReadOptions, RecordReader<T>> reader) {
    return org.junit.jupiter.api.Assertions.assertThrows(
        FormatException.class, () -> read(text, reader));
  }

  /**
   * Reads every record of a text in strict mode.
   *
   * @param text the text
   * @param reader the factory
   * @param <T> the record type
   * @return the records
   */
  public static <T> List<T> read(
      String text, BiFunction<java.io.Reader, ReadOptions, RecordReader<T>> reader) {
    try (RecordReader<T> r = reader.apply(new StringReader(text), ReadOptions.strict("test"))) {
      return r.stream().toList();
    }
  }
}
