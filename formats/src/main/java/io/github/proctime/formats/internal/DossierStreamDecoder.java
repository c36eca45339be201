package io.github.proctime.formats.internal;

import static io.github.proctime.formats.internal.DossierFields.APPLICANT;
import static io.github.proctime.formats.internal.DossierFields.CHANNEL;
import static io.github.proctime.formats.internal.DossierFields.CODE;
import static io.github.proctime.formats.internal.DossierFields.NEW_APPOINTMENT;
import static io.github.proctime.formats.internal.DossierFields.OCCURRED_AT;
import static io.github.proctime.formats.internal.DossierFields.OFFICIAL;
import static io.github.proctime.formats.internal.DossierFields.PRINTED_APPOINTMENT;
import static io.github.proctime.formats.internal.DossierFields.PROCEDURE_CODE;
import static io.github.proctime.formats.internal.DossierFields.REASON;
import static io.github.proctime.formats.internal.DossierFields.RECEIVING_UNIT;
import static io.github.proctime.formats.internal.DossierFields.RECORDED_AT;
import static io.github.proctime.formats.internal.DossierFields.REQUIRED_DOSSIER;
import static io.github.proctime.formats.internal.DossierFields.REQUIRED_EVENT;
import static io.github.proctime.formats.internal.DossierFields.STEP;
import static io.github.proctime.formats.internal.DossierFields.TO_OFFICIAL;
import static io.github.proctime.formats.internal.DossierFields.TO_UNIT;
import static io.github.proctime.formats.internal.DossierFields.TYPE;
import static io.github.proctime.formats.internal.DossierFields.UNIT;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.proctime.core.Channel;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierEvent;
import io.github.proctime.core.EventType;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * The streaming path for one dossier object of {@code proctime.dossiers} version 1: decodes the
 * parser's tokens straight into {@link Dossier.Builder} and {@link DossierEvent.Builder}, without a
 * JSON tree, for the NDJSON reader.
 *
 * <p>It decodes only well-formed, valid dossiers, and gives up on everything else: an unknown or
 * repeated field, a token of another type than the format's (a number, a boolean, an object where a
 * string belongs, {@code null} for a required field), a missing required field, a blank required
 * text, an unknown enum name, a text that is not an instant with offset, and any exception of the
 * builders. A line it gives up on is decoded again by the tree path ({@link
 * DossierJsonCodec#decode}), which is the one authority for errors; so every error message is
 * written once, and this class holds no error handling that could drift from it. What it accepts,
 * it decodes to a dossier equal to the tree path's: {@code DossierStreamDecoderProperties} checks
 * that over generated and corrupted lines. {@code null} for an optional field is absent, as on the
 * tree path.
 *
 * <pre>{@code
 * new NdjsonReader<>(in, options, FORMAT, VERSION, DossierJsonCodec::decode,
 *     DossierStreamDecoder::new, Dossier::code);
 * }</pre>
 *
 * <p>Not thread-safe: it keeps a window onto the parser's buffer, a cache of texts and the field
 * order it last saw; one per reader, or one per task at a time when the reader decodes on an
 * executor.
 */
public final class DossierStreamDecoder implements StreamingDecoder<Dossier> {
  private static final SerializedString[] DOSSIER_NAMES =
      names(DossierJsonCodec.DOSSIER_FIELD_ORDER);

  private static final SerializedString[] EVENT_NAMES = names(DossierJsonCodec.EVENT_FIELD_ORDER);

  private static final Channel[] CHANNELS = Channel.values();
  private static final EventType[] EVENT_TYPES = EventType.values();

  private final CharSlice slice = new CharSlice();
  private final TextCache texts = new TextCache();
  private final DossierByteDecoder direct = new DossierByteDecoder();

  /**
   * For each field (and, last, the object's start), the field that followed it the last time: the
   * name to try first. Matching an expected name skips the parser's name decoding and symbol
   * lookup, which were a fifth of this path's time; lines written by one program repeat their field
   * order.
   */
  private final int[] dossierFollowers = DossierFields.followers(DOSSIER_NAMES.length);

  private final int[] eventFollowers = DossierFields.followers(EVENT_NAMES.length);

  /** Creates a decoder for one reader. */
  public DossierStreamDecoder() {}

  /**
   * Thrown to give up on a record; preallocated and without a stack trace, because giving up is
   * control flow here, not an error (the tree path reports the error).
   */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super("not decodable by the streaming path", null, false, false);
    }
  }

  @Override
  public Dossier tryDecode(JsonParser p) throws IOException {
    Dossier.Builder b = Dossier.builder();
    int seen = 0;
    for (int field = nextField(p, DOSSIER_NAMES, dossierFollowers, DOSSIER_NAMES.length, false);
        field >= 0;
        field = nextField(p, DOSSIER_NAMES, dossierFollowers, field, false)) {
      seen = mark(seen, field);
      JsonToken t = p.nextToken();
      switch (field) {
        case CODE -> b.code(requiredText(p, t, null));
        case PROCEDURE_CODE -> b.procedureCode(requiredText(p, t, texts));
        case RECEIVING_UNIT -> b.receivingUnit(requiredText(p, t, texts));
        case CHANNEL -> b.channel(enumValue(CHANNELS, p, t));
        case APPLICANT -> {
          if (t != JsonToken.VALUE_NULL) {
            b.applicant(text(p, t, null));
          }
        }
        case PRINTED_APPOINTMENT -> {
          if (t != JsonToken.VALUE_NULL) {
            b.printedAppointment(instant(p, t));
          }
        }
        default -> {
          if (t != JsonToken.START_ARRAY) {
            throw GiveUp.INSTANCE;
          }
          while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
            b.addEvents(event(p));
          }
          if (t != JsonToken.END_ARRAY) {
            throw GiveUp.INSTANCE;
          }
        }
      }
    }
    end(p, seen, REQUIRED_DOSSIER);
    return b.build();
  }

  /** Tries {@link DossierByteDecoder} first: the line's bytes without Jackson's tokens. */
  @Override
  public Dossier tryDecodeUtf8(byte[] bytes, int start, int length) {
    return direct.tryDecode(bytes, start, length);
  }

  private DossierEvent event(JsonParser p) throws IOException {
    DossierEvent.Builder e = DossierEvent.builder();
    int seen = 0;
    for (int field = nextField(p, EVENT_NAMES, eventFollowers, EVENT_NAMES.length, true);
        field >= 0;
        field = nextField(p, EVENT_NAMES, eventFollowers, field, true)) {
      seen = mark(seen, field);
      JsonToken t = p.nextToken();
      if (t == JsonToken.VALUE_NULL && (1 << field & REQUIRED_EVENT) == 0) {
        continue; // null is absent for an optional field
      }
      switch (field) {
        case TYPE -> e.type(enumValue(EVENT_TYPES, p, t));
        case OCCURRED_AT -> e.occurredAt(instant(p, t));
        case RECORDED_AT -> e.recordedAt(instant(p, t));
        case OFFICIAL -> e.official(text(p, t, texts));
        case UNIT -> e.unit(text(p, t, texts));
        case TO_OFFICIAL -> e.toOfficial(text(p, t, texts));
        case TO_UNIT -> e.toUnit(text(p, t, texts));
        case STEP -> e.step(text(p, t, texts));
        case REASON -> e.reason(text(p, t, texts));
        case NEW_APPOINTMENT -> e.newAppointment(instant(p, t));
        default -> e.note(text(p, t, null));
      }
    }
    end(p, seen, REQUIRED_EVENT);
    return e.build();
  }

  /** The index of a field name in a writing order; an unknown name gives up. */
  private static int field(List<String> order, String name) {
    int i = order.indexOf(name);
    if (i < 0) {
      throw GiveUp.INSTANCE;
    }
    return i;
  }

  private static SerializedString[] names(List<String> names) {
    SerializedString[] out = new SerializedString[names.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = new SerializedString(names.get(i));
    }
    return out;
  }

  /**
   * Moves to the next field of the object.
   *
   * @param names the object's field names, by index
   * @param followers the expected follower of each field, updated when it was another
   * @param last the field just read, or the number of fields at the object's start
   * @param event whether the object is an event (else a dossier)
   * @return the field's index, or -1 at the end of the object
   */
  private static int nextField(
      JsonParser p, SerializedString[] names, int[] followers, int last, boolean event)
      throws IOException {
    int expected = followers[last];
    if (p.nextFieldName(names[expected])) {
      return expected;
    }
    JsonToken t = p.currentToken();
    if (t == JsonToken.END_OBJECT) {
      return -1;
    }
    if (t != JsonToken.FIELD_NAME) {
      throw GiveUp.INSTANCE;
    }
    int field =
        field(
            event ? DossierJsonCodec.EVENT_FIELD_ORDER : DossierJsonCodec.DOSSIER_FIELD_ORDER,
            p.currentName());
    followers[last] = field;
    return field;
  }

  /** Adds a field to those seen; a repeated one gives up (the parser does not check, see there). */
  private static int mark(int seen, int field) {
    int bit = 1 << field;
    if ((seen & bit) != 0) {
      throw GiveUp.INSTANCE;
    }
    return seen | bit;
  }

  /** The object must have ended (not some other token) with every required field present. */
  private static void end(JsonParser p, int seen, int required) {
    if (p.currentToken() != JsonToken.END_OBJECT || (seen & required) != required) {
      throw GiveUp.INSTANCE;
    }
  }

  /** A string token's text; through the cache for fields whose values repeat across dossiers. */
  private static String text(JsonParser p, JsonToken t, TextCache cache) throws IOException {
    if (t != JsonToken.VALUE_STRING) {
      throw GiveUp.INSTANCE;
    }
    return cache == null
        ? p.getText()
        : cache.text(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
  }

  private static String requiredText(JsonParser p, JsonToken t, TextCache cache)
      throws IOException {
    String text = text(p, t, cache);
    if (text.isBlank()) {
      throw GiveUp.INSTANCE;
    }
    return text;
  }

  /** The constant named exactly by the string token, compared in the parser's buffer. */
  private static <E extends Enum<E>> E enumValue(E[] constants, JsonParser p, JsonToken t)
      throws IOException {
    if (t != JsonToken.VALUE_STRING) {
      throw GiveUp.INSTANCE;
    }
    char[] chars = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    for (E constant : constants) {
      String name = constant.name();
      if (name.length() == length && sameChars(name, chars, offset)) {
        return constant;
      }
    }
    throw GiveUp.INSTANCE;
  }

  private static boolean sameChars(String name, char[] chars, int offset) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * An instant with offset: the common form parsed in the parser's buffer, anything else through
   * {@link Times#parseOffsetDateTime} exactly as the tree path does.
   */
  private Instant instant(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.VALUE_STRING) {
      throw GiveUp.INSTANCE;
    }
    Instant common =
        Times.parseCommonForm(
            slice.set(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()));
    if (common != null) {
      return common;
    }
    try {
      return Times.parseOffsetDateTime(p.getText());
    } catch (Times.BadTime e) {
      throw GiveUp.INSTANCE;
    }
  }
}
