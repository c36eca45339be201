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

import io.github.proctime.core.Channel;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierEvent;
import io.github.proctime.core.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The direct path for one dossier line of {@code proctime.dossiers} version 1 as UTF-8 bytes:
 * decodes the line's bytes in place into {@link Dossier.Builder} and {@link DossierEvent.Builder},
 * with no parser, no tokens and no chars, for lines written the usual way.
 *
 * <p>It reads only the subset of JSON a dossier line needs: one object of string and {@code null}
 * values and one array of event objects, with spaces or tabs between tokens, and strings without
 * escapes or control characters, in well-formed UTF-8. On anything else it gives up: a backslash, a
 * number, {@code true}, a nested value where the format has none, an unknown or repeated field, a
 * missing required field, a blank required text, an unknown enum name, an instant that neither the
 * common form nor {@link Times#parseOffsetDateTime} reads, bytes that are not UTF-8, anything after
 * the object but spaces or tabs, and any exception of the builders. Giving up costs little: the
 * line goes on to {@link DossierStreamDecoder} (Jackson's tokens, which take escapes) and then to
 * the tree path, which is the one authority for errors. What it accepts, it decodes to a dossier
 * equal to the tree path's: {@code DossierStreamDecoderProperties} checks that over generated and
 * corrupted lines, at the level of chars and of bytes.
 *
 * <p>Why not only Jackson's tokens: reading a line into the model took about 4.3 µs on one core, of
 * which 1.5-1.7 µs was Jackson's tokenizer decoding every string into its char buffer, which is the
 * work this path skips. Texts that repeat (units, officials, steps) are found by their bytes in a
 * {@link ByteTextCache} without being decoded, and instants are parsed from the bytes.
 *
 * <pre>{@code
 * Dossier d = new DossierByteDecoder().tryDecode(bytes, start, length); // null: gave up
 * }</pre>
 *
 * <p>Not thread-safe: it keeps a cache of texts and the field order it last saw; one per streaming
 * decoder.
 */
final class DossierByteDecoder {
  private static final byte[][] DOSSIER_NAMES = ascii(DossierJsonCodec.DOSSIER_FIELD_ORDER);

  private static final byte[][] EVENT_NAMES = ascii(DossierJsonCodec.EVENT_FIELD_ORDER);

  private static final Channel[] CHANNELS = Channel.values();
  private static final byte[][] CHANNEL_NAMES = names(CHANNELS);
  private static final EventType[] EVENT_TYPES = EventType.values();
  private static final byte[][] EVENT_TYPE_NAMES = names(EVENT_TYPES);

  /** The longest string the tree path's parser reads (Jackson's StreamReadConstraints). */
  private static final int MAX_STRING_LENGTH =
      Json.MAPPER.getFactory().streamReadConstraints().getMaxStringLength();

  private static final long QUOTES = Swar.repeated('"');
  private static final long BACKSLASHES = Swar.repeated('\\');
  private static final long SPACES = Swar.repeated(' ');

  private final ByteTextCache texts = new ByteTextCache();
  private final AsciiSlice slice = new AsciiSlice();

  /** For each field (and, last, the object's start), the field that followed it the last time. */
  private final int[] dossierFollowers = DossierFields.followers(DOSSIER_NAMES.length);

  private final int[] eventFollowers = DossierFields.followers(EVENT_NAMES.length);

  // The line being decoded, and where the reading stands in it.
  private byte[] b;
  private int pos;
  private int end;

  // The last string read: its bytes are [textStart, textEnd), and textAscii says whether all are
  // below 0x80 (non-ASCII strings have been checked to be well-formed UTF-8).
  private int textStart;
  private int textEnd;
  private boolean textAscii;

  /** Thrown to give up on a line; preallocated and without a stack trace: it is control flow. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super("not decodable by the direct path", null, false, false);
    }
  }

  /**
   * Decodes one line.
   *
   * @param bytes the buffer holding the line
   * @param start where the line starts
   * @param length its length in bytes, without the line end
   * @return the dossier, or null if this path gives up on the line (the next path then decides)
   */
  Dossier tryDecode(byte[] bytes, int start, int length) {
    if (length > MAX_STRING_LENGTH) {
      // The tree path's parser refuses a string longer than its limit; a line no longer than the
      // limit in bytes cannot hold one that long in chars.
      return null;
    }
    // The reading only moves forward, and reads past the line's end where that is cheaper than a
    // bound (the buffer's end throws): a line is accepted only if the reading ends exactly at its
    // end, so nothing read past it can be in the result.
    b = bytes;
    pos = start;
    end = start + length;
    try {
      skipSpace();
      Dossier dossier = dossier();
      skipSpace();
      return pos == end ? dossier : null;
    } catch (RuntimeException e) {
      // Giving up (GiveUp, an index past the line's end, a builder's exception) is this path's
      // whole contract on a line it cannot vouch for.
      return null;
    } finally {
      b = null;
    }
  }

  private Dossier dossier() {
    expect('{');
    skipSpace();
    Dossier.Builder d = Dossier.builder();
    int seen = 0;
    int field = DOSSIER_NAMES.length;
    while (true) {
      field = fieldName(DOSSIER_NAMES, dossierFollowers, field);
      seen = mark(seen, field);
      switch (field) {
        case CODE -> d.code(requiredText(null));
        case PROCEDURE_CODE -> d.procedureCode(requiredText(texts));
        case RECEIVING_UNIT -> d.receivingUnit(requiredText(texts));
        case CHANNEL -> d.channel(CHANNELS[constant(CHANNEL_NAMES)]);
        case APPLICANT -> {
          if (!readNull()) {
            d.applicant(text(null));
          }
        }
        case PRINTED_APPOINTMENT -> {
          if (!readNull()) {
            d.printedAppointment(instant());
          }
        }
        default -> events(d);
      }
      if (!nextMember()) {
        break;
      }
    }
    if ((seen & REQUIRED_DOSSIER) != REQUIRED_DOSSIER) {
      throw GiveUp.INSTANCE;
    }
    return d.build();
  }

  private void events(Dossier.Builder d) {
    expect('[');
    skipSpace();
    if (b[pos] == ']') {
      pos++;
      return;
    }
    while (true) {
      d.addEvents(event());
      skipSpace();
      byte c = b[pos++];
      if (c == ']') {
        return;
      }
      if (c != ',') {
        throw GiveUp.INSTANCE;
      }
      skipSpace();
    }
  }

  private DossierEvent event() {
    expect('{');
    skipSpace();
    DossierEvent.Builder e = DossierEvent.builder();
    int seen = 0;
    int field = EVENT_NAMES.length;
    while (true) {
      field = fieldName(EVENT_NAMES, eventFollowers, field);
      seen = mark(seen, field);
      if ((1 << field & REQUIRED_EVENT) != 0 || !readNull()) { // null: an absent optional field
        switch (field) {
          case TYPE -> e.type(EVENT_TYPES[constant(EVENT_TYPE_NAMES)]);
          case OCCURRED_AT -> e.occurredAt(instant());
          case RECORDED_AT -> e.recordedAt(instant());
          case OFFICIAL -> e.official(text(texts));
          case UNIT -> e.unit(text(texts));
          case TO_OFFICIAL -> e.toOfficial(text(texts));
          case TO_UNIT -> e.toUnit(text(texts));
          case STEP -> e.step(text(texts));
          case REASON -> e.reason(text(texts));
          case NEW_APPOINTMENT -> e.newAppointment(instant());
          default -> e.note(text(null));
        }
      }
      if (!nextMember()) {
        break;
      }
    }
    if ((seen & REQUIRED_EVENT) != REQUIRED_EVENT) {
      throw GiveUp.INSTANCE;
    }
    return e.build();
  }

  /**
   * After a member's value: true at a comma (another member follows), false at the object's end.
   */
  private boolean nextMember() {
    skipSpace();
    byte c = b[pos++];
    if (c == ',') {
      skipSpace();
      return true;
    }
    if (c == '}') {
      return false;
    }
    throw GiveUp.INSTANCE;
  }

  /**
   * Reads a member's name and the colon after it; the name must be one of the object's fields.
   *
   * @param names the object's field names, by index
   * @param followers the expected follower of each field, updated when it was another
   * @param last the field just read, or the number of fields at the object's start
   * @return the field's index
   */
  private int fieldName(byte[][] names, int[] followers, int last) {
    int expected = followers[last];
    int field;
    if (quotedAt(names[expected])) {
      // The expected name, quotes included: its bytes need no scan (they are known to be plain).
      pos += names[expected].length + 2;
      field = expected;
    } else {
      string();
      field = -1;
      for (int i = 0; i < names.length; i++) {
        if (is(names[i])) {
          field = i;
          break;
        }
      }
      if (field < 0) {
        throw GiveUp.INSTANCE;
      }
      followers[last] = field;
    }
    skipSpace();
    expect(':');
    skipSpace();
    return field;
  }

  /**
   * Whether the last string read has exactly these bytes (a field name off the expected order, an
   * enum constant). A loop by hand: for names of 4 to 20 bytes, {@code Arrays.equals} over ranges
   * spends more on its checks and set-up than on comparing (in a first version, which compared
   * every field name this way, it was about a third of a JFR profile of this path).
   */
  private boolean is(byte[] name) {
    int length = name.length;
    if (textEnd - textStart != length) {
      return false;
    }
    byte[] bytes = b;
    int at = textStart;
    for (int i = 0; i < length; i++) {
      if (bytes[at + i] != name[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether a quoted string of exactly these (plain ASCII) bytes stands here. */
  private boolean quotedAt(byte[] text) {
    int length = text.length;
    int at = pos + 1;
    if (at + length >= end || b[pos] != '"' || b[at + length] != '"') {
      return false;
    }
    byte[] bytes = b;
    for (int i = 0; i < length; i++) {
      if (bytes[at + i] != text[i]) {
        return false;
      }
    }
    return true;
  }

  /** Adds a field to those seen; a repeated one gives up (the tree path rejects it). */
  private static int mark(int seen, int field) {
    int bit = 1 << field;
    if ((seen & bit) != 0) {
      throw GiveUp.INSTANCE;
    }
    return seen | bit;
  }

  /** Reads {@code null} if it stands here. */
  private boolean readNull() {
    if (b[pos] != 'n') {
      return false;
    }
    if (pos + 4 > end || b[pos + 1] != 'u' || b[pos + 2] != 'l' || b[pos + 3] != 'l') {
      throw GiveUp.INSTANCE;
    }
    pos += 4;
    return true;
  }

  /**
   * Reads a string value: from the opening quote to the closing one, without escapes or control
   * characters. Eight bytes at a time, then a byte at a time near the buffer's end: most of a line
   * is text (a byte at a time, by table, this was the largest part of the direct path's profile).
   * Non-ASCII bytes are only noted here; their text is checked when it is decoded.
   */
  private void string() {
    expect('"');
    byte[] bytes = b;
    int start = pos;
    long high = 0; // the bytes before the closing quote, or'ed: bit 7 of a byte tells non-ASCII
    int i = start;
    // No bound but the buffer's: a control character (the line end) stops the scan; a string that
    // ran past the line's end leaves pos past it for good, so the line is given up at its end
    // (tryDecode).
    for (int last = bytes.length - 8; i <= last; i += 8) {
      long x = Swar.word(bytes, i);
      long special = special(x);
      if (special != 0) {
        // The lowest flagged byte is a true one (see special); the bytes before it are text.
        int at = Long.numberOfTrailingZeros(special) >>> 3;
        high |= x & ((1L << (at << 3)) - 1);
        i += at;
        if (bytes[i] != '"') {
          throw GiveUp.INSTANCE; // a backslash or a control character
        }
        textStart = start;
        textEnd = i;
        textAscii = (high & Swar.HIGH_BITS) == 0;
        pos = i + 1;
        return;
      }
      high |= x;
    }
    while (bytes[i] != '"') {
      int c = bytes[i] & 0xff;
      if (c == '\\' || c < 0x20) {
        throw GiveUp.INSTANCE;
      }
      high |= c;
      i++;
    }
    textStart = start;
    textEnd = i;
    textAscii = (high & Swar.HIGH_BITS) == 0;
    pos = i + 1;
  }

  /**
   * The high bit of each of eight bytes that is a quote, a backslash or below 0x20 ({@link Swar}:
   * the lowest flag is always a true one).
   */
  private static long special(long x) {
    return Swar.equalTo(x, QUOTES) | Swar.equalTo(x, BACKSLASHES) | Swar.below(x, SPACES);
  }

  /** A string value as a String, through the cache for fields whose values repeat. */
  private String text(ByteTextCache cache) {
    string();
    int length = textEnd - textStart;
    if (cache != null) {
      String cached = cache.cached(b, textStart, length);
      if (cached != null) {
        return cached;
      }
    }
    String text = decoded(textStart, length, textAscii);
    if (cache != null) {
      cache.put(b, textStart, length, text);
    }
    return text;
  }

  /**
   * The text of a region as a String; non-ASCII bytes must be UTF-8. The JDK's decoder replaces
   * every malformed sequence (and encoded surrogates, and overlong forms) with U+FFFD, so a text
   * holding U+FFFD is given up on: either the bytes were not UTF-8, or they held U+FFFD itself, and
   * the next path decides. Decoding and then looking for U+FFFD cost less than checking the bytes
   * first ({@link Utf8#firstMalformed}), which was a twentieth of a {@code proctime report} run.
   */
  private String decoded(int start, int length, boolean ascii) {
    if (ascii) {
      return new String(b, start, length, StandardCharsets.ISO_8859_1);
    }
    String text = new String(b, start, length, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      throw GiveUp.INSTANCE;
    }
    return text;
  }

  private String requiredText(ByteTextCache cache) {
    String text = text(cache);
    if (text.isBlank()) {
      throw GiveUp.INSTANCE;
    }
    return text;
  }

  /** The index of the constant named exactly by the string value. */
  private int constant(byte[][] names) {
    string();
    for (int i = 0; i < names.length; i++) {
      if (is(names[i])) {
        return i;
      }
    }
    throw GiveUp.INSTANCE;
  }

  /**
   * An instant with offset: the common form parsed in the line's bytes, anything else through
   * {@link Times#parseOffsetDateTime} exactly as the tree path does.
   */
  private Instant instant() {
    // The form writers use (yyyy-MM-ddTHH:mm:ss+hh:mm) without a scan: if its closing quote is
    // where it should be and the 25 bytes before it are that form, they are plain ASCII.
    if (pos + 26 < end && b[pos] == '"' && b[pos + 26] == '"') {
      Instant common = Times.parseCommonForm(slice.set(b, pos + 1, 25));
      if (common != null) {
        pos += 27;
        return common;
      }
    }
    string();
    int length = textEnd - textStart;
    if (textAscii) {
      Instant common = Times.parseCommonForm(slice.set(b, textStart, length));
      if (common != null) {
        return common;
      }
    }
    try {
      return Times.parseOffsetDateTime(decoded(textStart, length, textAscii));
    } catch (Times.BadTime e) {
      throw GiveUp.INSTANCE;
    }
  }

  private void expect(char c) {
    if (b[pos] != c) {
      throw GiveUp.INSTANCE;
    }
    pos++;
  }

  /** Skips spaces and tabs: the JSON whitespace a line can hold (it has no line ends). */
  private void skipSpace() {
    while (pos < end && (b[pos] == ' ' || b[pos] == '\t')) {
      pos++;
    }
  }

  private static byte[][] ascii(List<String> names) {
    byte[][] out = new byte[names.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = names.get(i).getBytes(StandardCharsets.US_ASCII);
    }
    return out;
  }

  private static byte[][] names(Enum<?>[] constants) {
    byte[][] out = new byte[constants.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = constants[i].name().getBytes(StandardCharsets.US_ASCII);
    }
    return out;
  }
}
