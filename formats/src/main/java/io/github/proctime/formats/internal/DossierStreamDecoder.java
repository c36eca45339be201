package io.github.proctime.formats.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.proctime.core.Channel;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierEvent;
import io.github.proctime.core.EventType;
import java.io.IOException;
import java.time.Instant;

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
 *     new DossierStreamDecoder(), Dossier::code);
 * }</pre>
 *
 * <p>Not thread-safe: it reuses a window onto the parser's buffer; one per reader.
 */
public final class DossierStreamDecoder implements StreamingDecoder<Dossier> {
  private static final int CODE = 1;
  private static final int PROCEDURE_CODE = 1 << 1;
  private static final int RECEIVING_UNIT = 1 << 2;
  private static final int CHANNEL = 1 << 3;
  private static final int APPLICANT = 1 << 4;
  private static final int PRINTED_APPOINTMENT = 1 << 5;
  private static final int EVENTS = 1 << 6;
  private static final int REQUIRED_DOSSIER =
      CODE | PROCEDURE_CODE | RECEIVING_UNIT | CHANNEL | EVENTS;

  private static final int TYPE = 1;
  private static final int OCCURRED_AT = 1 << 1;
  private static final int RECORDED_AT = 1 << 2;
  private static final int OFFICIAL = 1 << 3;
  private static final int UNIT = 1 << 4;
  private static final int TO_OFFICIAL = 1 << 5;
  private static final int TO_UNIT = 1 << 6;
  private static final int STEP = 1 << 7;
  private static final int REASON = 1 << 8;
  private static final int NEW_APPOINTMENT = 1 << 9;
  private static final int NOTE = 1 << 10;
  private static final int REQUIRED_EVENT = TYPE | OCCURRED_AT | RECORDED_AT;

  private static final Channel[] CHANNELS = Channel.values();
  private static final EventType[] EVENT_TYPES = EventType.values();

  private final CharSlice slice = new CharSlice();
  private final TextCache texts = new TextCache();

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
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      int field = dossierField(name);
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

  private DossierEvent event(JsonParser p) throws IOException {
    DossierEvent.Builder e = DossierEvent.builder();
    int seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      int field = eventField(name);
      seen = mark(seen, field);
      JsonToken t = p.nextToken();
      if (t == JsonToken.VALUE_NULL && (field & REQUIRED_EVENT) == 0) {
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

  private static int dossierField(String name) {
    return switch (name) {
      case "code" -> CODE;
      case "procedureCode" -> PROCEDURE_CODE;
      case "receivingUnit" -> RECEIVING_UNIT;
      case "channel" -> CHANNEL;
      case "applicant" -> APPLICANT;
      case "printedAppointment" -> PRINTED_APPOINTMENT;
      case "events" -> EVENTS;
      default -> throw GiveUp.INSTANCE;
    };
  }

  private static int eventField(String name) {
    return switch (name) {
      case "type" -> TYPE;
      case "occurredAt" -> OCCURRED_AT;
      case "recordedAt" -> RECORDED_AT;
      case "official" -> OFFICIAL;
      case "unit" -> UNIT;
      case "toOfficial" -> TO_OFFICIAL;
      case "toUnit" -> TO_UNIT;
      case "step" -> STEP;
      case "reason" -> REASON;
      case "newAppointment" -> NEW_APPOINTMENT;
      case "note" -> NOTE;
      default -> throw GiveUp.INSTANCE;
    };
  }

  /** Adds a field to those seen; a repeated one gives up (the parser does not check, see there). */
  private static int mark(int seen, int field) {
    if ((seen & field) != 0) {
      throw GiveUp.INSTANCE;
    }
    return seen | field;
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
