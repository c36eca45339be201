package io.github.proctime.formats.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import java.io.IOException;

/**
 * Where {@link EvaluationJsonCodec} writes a JSON value: the few calls it makes, so that the same
 * code writes through Jackson's generators (documents, text lines) and through {@link Utf8JsonLine}
 * (the UTF-8 lines of bulk output).
 *
 * <pre>{@code
 * JsonSink sink = JsonSink.of(generator);
 * sink.writeStartObject();
 * sink.writeFieldName(name);
 * sink.writeString("x");
 * sink.writeEndObject();
 * }</pre>
 *
 * <p>The calls mean what Jackson's {@link JsonGenerator} methods of the same names mean.
 * Implementations are not thread-safe.
 */
public interface JsonSink {
  /**
   * Starts an object.
   *
   * @throws IOException if writing fails
   */
  void writeStartObject() throws IOException;

  /**
   * Ends an object.
   *
   * @throws IOException if writing fails
   */
  void writeEndObject() throws IOException;

  /**
   * Starts an array.
   *
   * @throws IOException if writing fails
   */
  void writeStartArray() throws IOException;

  /**
   * Ends an array.
   *
   * @throws IOException if writing fails
   */
  void writeEndArray() throws IOException;

  /**
   * Writes a member's name.
   *
   * @param name the name, a plain ASCII identifier
   * @throws IOException if writing fails
   */
  void writeFieldName(SerializableString name) throws IOException;

  /**
   * Writes a string value, escaped as JSON requires.
   *
   * @param value the text, not null
   * @throws IOException if writing fails
   */
  void writeString(String value) throws IOException;

  /**
   * Writes a string value whose bytes are printable ASCII that needs no escaping (an instant, a
   * duration).
   *
   * @param bytes the buffer holding the text
   * @param length the text's length, from the start of the buffer
   * @throws IOException if writing fails
   */
  void writeAscii(byte[] bytes, int length) throws IOException;

  /**
   * A buffer for the text of one value (an instant, a duration) before it goes to {@link
   * #writeAscii}: the same array on every call, so the caller writes into it, hands it on, and does
   * not keep it. Rendering a line made a small array for each of its dozens of instants and
   * durations.
   *
   * @return at least {@link #SCRATCH_BYTES} bytes
   */
  byte[] scratch();

  /** The least length of {@link #scratch()}. */
  int SCRATCH_BYTES = 32;

  /**
   * Writes a number.
   *
   * @param value the number
   * @throws IOException if writing fails
   */
  void writeNumber(int value) throws IOException;

  /**
   * Writes a boolean.
   *
   * @param value the value
   * @throws IOException if writing fails
   */
  void writeBoolean(boolean value) throws IOException;

  /**
   * A sink that writes through a Jackson generator.
   *
   * @param g the generator
   * @return the sink
   */
  static JsonSink of(JsonGenerator g) {
    return new Jackson(g);
  }

  /** Through a Jackson generator. */
  final class Jackson implements JsonSink {
    private final JsonGenerator g;
    private final byte[] scratch = new byte[SCRATCH_BYTES];

    Jackson(JsonGenerator g) {
      this.g = g;
    }

    @Override
    public void writeStartObject() throws IOException {
      g.writeStartObject();
    }

    @Override
    public void writeEndObject() throws IOException {
      g.writeEndObject();
    }

    @Override
    public void writeStartArray() throws IOException {
      g.writeStartArray();
    }

    @Override
    public void writeEndArray() throws IOException {
      g.writeEndArray();
    }

    @Override
    public void writeFieldName(SerializableString name) throws IOException {
      g.writeFieldName(name);
    }

    @Override
    public void writeString(String value) throws IOException {
      g.writeString(value);
    }

    @Override
    public void writeAscii(byte[] bytes, int length) throws IOException {
      if (g instanceof UTF8JsonGenerator) {
        g.writeRawUTF8String(bytes, 0, length);
        return;
      }
      char[] c = new char[length];
      for (int i = 0; i < length; i++) {
        c[i] = (char) bytes[i];
      }
      g.writeString(c, 0, length);
    }

    @Override
    public byte[] scratch() {
      return scratch;
    }

    @Override
    public void writeNumber(int value) throws IOException {
      g.writeNumber(value);
    }

    @Override
    public void writeBoolean(boolean value) throws IOException {
      g.writeBoolean(value);
    }
  }
}
