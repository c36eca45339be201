package io.github.proctime.formats.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** The one Jackson configuration of the module: strict on input, deterministic on output. */
public final class Json {
  /** Rejects duplicate keys and trailing tokens; thread-safe once built. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /**
   * Reads a sequence of values from one parser (the records of a document's array): trailing tokens
   * are the rest of the document, not an error.
   */
  public static final ObjectMapper STREAMING_MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private Json() {}

  /** Writes one value to a generator. */
  @FunctionalInterface
  public interface Encoder<T> {
    /**
     * Writes the value.
     *
     * @param value the value
     * @param g the generator
     * @throws IOException if writing fails
     */
    void encode(T value, JsonGenerator g) throws IOException;
  }

  /**
   * A generator that indents with two spaces and "\n", whatever the platform.
   *
   * @param out the output
   * @return the generator
   */
  public static JsonGenerator prettyGenerator(Writer out) {
    try {
      JsonGenerator g = MAPPER.getFactory().createGenerator(out);
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      g.setPrettyPrinter(
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(indenter)
              .withArrayIndenter(indenter));
      return g;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A generator that writes each root value compactly, without separators.
   *
   * @param out the output
   * @return the generator
   */
  public static JsonGenerator compactGenerator(Writer out) {
    try {
      JsonGenerator g = MAPPER.getFactory().createGenerator(out);
      g.setPrettyPrinter(new MinimalPrettyPrinter(""));
      return g;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
