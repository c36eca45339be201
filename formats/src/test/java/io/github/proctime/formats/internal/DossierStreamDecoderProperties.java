package io.github.proctime.formats.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.proctime.core.Dossier;
import io.github.proctime.formats.FormatException;
import io.github.proctime.formats.FormatRule;
import io.github.proctime.formats.FormatsGenerators;
import io.github.proctime.formats.ReadOptions;
import io.github.proctime.formats.ReadReport;
import io.github.proctime.formats.RecordReader;
import io.github.proctime.formats.RoundTrips;
import io.github.proctime.formats.json.DossierNdjson;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * The streaming path of the NDJSON dossier reader against the tree path, which is the authority: on
 * generated valid lines the streaming path decodes every dossier itself and equal, and on corrupted
 * lines it never accepts what the tree path rejects, so that readers with and without it give the
 * same dossiers, counts and exceptions.
 */
class DossierStreamDecoderProperties {
  static final String HEADER = "{\"format\":\"proctime.dossiers\",\"formatVersion\":1}";

  private static final List<String> INSERTED_CHARS =
      List.of(
          "{", "}", "[", "]", "\"", ",", ":", "\\", "n", "u", "l", "0", "1", "-", "+", "Z", "T",
          "e", " ", "\t", "x", "é", "\u0000", "\u000b", "\u00a0", "/", "'");

  private static final List<String> FIELD_NAMES =
      Stream.concat(
              Stream.concat(
                  DossierJsonCodec.DOSSIER_FIELDS.stream(), DossierJsonCodec.EVENT_FIELDS.stream()),
              Stream.of("foo", "Code", "code ", ""))
          .sorted()
          .toList();

  private static final List<String> VALUES =
      List.of(
          "null",
          "1",
          "-0",
          "1.5",
          "1e3",
          "true",
          "false",
          "{}",
          "[]",
          "\"\"",
          "\" \"",
          "\"X\"",
          "{\"a\":1}",
          "[\"x\"]",
          "\"ONLINE\"",
          "\"RECEIVED\"",
          "\"2025-03-03T08:00+07:00\"",
          "\"2025-03-03T08:00\"",
          "\"2025-03-03T08:00:00.5+07:00\"",
          "\"2025-02-30T08:00Z\"",
          "\"\\u0041\"",
          "NaN",
          "'x'");

  private static final List<String> TRAILERS =
      List.of(" ", "\t", "x", "{}", ",", "]", "}", " \"a\"", "//c", "null", " {\"code\":\"A\"}");

  private static final List<String> DOSSIER_PREFIXES =
      List.of(
          "\"applicant\":\"Z\"",
          "\"applicant\":null",
          "\"printedAppointment\":null",
          "\"printedAppointment\":\"2025-01-01T00:00Z\"",
          "\"printedAppointment\":\"2025-01-01T00:00\"",
          "\"note\":\"n\"",
          "\"code\":\"D0\"",
          "\"events\":[]");

  private static final List<String> EVENT_PREFIXES =
      List.of(
          "\"note\":null",
          "\"official\":null",
          "\"type\":null",
          "\"type\":\"RECEIVED\"",
          "\"newAppointment\":\"2025-01-01T08:00:00.5+07:00\"",
          "\"newAppointment\":\"2025-01-01T08:00\"",
          "\"newAppointment\":null",
          "\"channel\":\"ONLINE\"");

  private static final List<String> EVENT_ARRAY_STARTS =
      List.of("[{},", "[null,", "[1,", "[[],", "[{\"type\":\"RECEIVED\"},", "null,\"x\":[");

  private static final Pattern FIELD = Pattern.compile("\"([A-Za-z]+)\":");
  private static final Pattern STRING_FIELD =
      Pattern.compile("\"([A-Za-z]+)\":(\"(?:[^\"\\\\]|\\\\.)*\")");

  /** One corruption: what to do, where, and with what. */
  record Mutation(int kind, int where, int what) {}

  static Gen<Mutation> mutations() {
    return integers()
        .between(0, 10)
        .zip(integers().between(0, 10_000), integers().between(0, 1000), Mutation::new);
  }

  private static String pick(List<String> choices, int what) {
    return choices.get(what % choices.size());
  }

  /** The n-th match (cyclically) of a pattern, or null if there is none. */
  private static Matcher nth(Pattern pattern, String line, int n) {
    List<int[]> found = new ArrayList<>();
    Matcher m = pattern.matcher(line);
    while (m.find()) {
      found.add(new int[] {m.start()});
    }
    if (found.isEmpty()) {
      return null;
    }
    m.find(found.get(n % found.size())[0]);
    return m;
  }

  static String corrupt(String line, Mutation mutation) {
    int n = line.length();
    int where = mutation.where();
    int what = mutation.what();
    Matcher m;
    switch (mutation.kind()) {
      case 0:
        return n == 0 ? line : line.substring(0, where % n) + line.substring(where % n + 1);
      case 1:
        return line.substring(0, where % (n + 1))
            + pick(INSERTED_CHARS, what)
            + line.substring(where % (n + 1));
      case 2:
        return n == 0
            ? line
            : line.substring(0, where % n)
                + pick(INSERTED_CHARS, what)
                + line.substring(where % n + 1);
      case 3:
        m = nth(FIELD, line, where);
        return m == null
            ? line
            : line.substring(0, m.start(1)) + pick(FIELD_NAMES, what) + line.substring(m.end(1));
      case 4:
        m = nth(STRING_FIELD, line, where);
        return m == null
            ? line
            : line.substring(0, m.end()) + "," + m.group() + line.substring(m.end());
      case 5:
        m = nth(STRING_FIELD, line, where);
        return m == null
            ? line
            : line.substring(0, m.start(2)) + pick(VALUES, what) + line.substring(m.end(2));
      case 6:
        return line + pick(TRAILERS, what);
      case 7:
        return line.replaceFirst("^\\{", "{" + pick(DOSSIER_PREFIXES, what) + ",");
      case 8:
        return line.replaceFirst(
            "\"events\":\\[\\{", "\"events\":[{" + pick(EVENT_PREFIXES, what) + ",");
      case 9:
        return line.replaceFirst(
            "\"events\":\\[",
            "\"events\":" + Matcher.quoteReplacement(pick(EVENT_ARRAY_STARTS, what)));
      default:
        // Whitespace is allowed around every token; the streaming path must take it too.
        return "  " + line.replace(",\"", " , \"").replace("\":", "\" :\t") + " ";
    }
  }

  /**
   * Lines of generated dossiers, every other one made plain: the generated texts hold quotes,
   * backslashes and line breaks, so nearly every line has an escape, on which the direct byte path
   * gives up; a plain line has each escape replaced by {@code _}, so both kinds are read.
   */
  static Gen<List<String>> dossierLines() {
    return FormatsGenerators.dossierLists()
        .map(
            dossiers -> {
              String[] lines = RoundTrips.write(dossiers, DossierNdjson::writer).split("\n");
              List<String> out = new ArrayList<>();
              for (int i = 1; i < lines.length; i++) {
                out.add(i % 2 == 0 ? plain(lines[i]) : lines[i]);
              }
              return out;
            });
  }

  /** Lines of generated dossiers, all plain (see {@link #dossierLines}). */
  static Gen<List<String>> plainLines() {
    return FormatsGenerators.dossierLists()
        .map(
            dossiers -> {
              String[] lines = RoundTrips.write(dossiers, DossierNdjson::writer).split("\n");
              return Stream.of(lines).skip(1).map(DossierStreamDecoderProperties::plain).toList();
            });
  }

  /** The line with every escape (a backslash and the char after it) replaced by {@code _}. */
  static String plain(String line) {
    return line.replaceAll("\\\\.", "_");
  }

  private static Dossier streaming(String line) {
    // The line sits inside a larger buffer, as in the reader, with JSON-like text around it.
    char[] chars = ("{\"a\":[" + line + "]}").toCharArray();
    return NdjsonReader.tryStreaming(new DossierStreamDecoder(), chars, 6, line.length());
  }

  /**
   * The same over the line's UTF-8 inside a larger buffer: the direct byte path, then Jackson's
   * byte parser.
   */
  private static Dossier streamingBytes(String line) {
    return streamingBytes(line, new DossierStreamDecoder());
  }

  /** Jackson's byte parser alone: a decoder without the direct path (the interface's default). */
  private static Dossier jacksonBytes(String line) {
    DossierStreamDecoder decoder = new DossierStreamDecoder();
    return streamingBytes(line, decoder::tryDecode);
  }

  private static Dossier streamingBytes(String line, StreamingDecoder<Dossier> decoder) {
    byte[] before = "{\"a\":[".getBytes(UTF_8);
    byte[] bytes = ("{\"a\":[" + line + "]}").getBytes(UTF_8);
    int length = line.getBytes(UTF_8).length;
    return NdjsonReader.tryStreaming(decoder, bytes, before.length, length);
  }

  /**
   * The direct byte path alone ({@link DossierByteDecoder}), over the line's UTF-8 inside a larger
   * buffer whose bytes after the line could complete it: a quote, braces and a whole dossier line.
   */
  private static Dossier direct(String line) {
    return direct(line.getBytes(UTF_8));
  }

  private static Dossier direct(byte[] line) {
    byte[] before = "{\"a\":[\"".getBytes(UTF_8);
    byte[] after = "\"}]}\"}]}\n{\"code\":\"Z\"}".getBytes(UTF_8);
    byte[] buffer = new byte[before.length + line.length + after.length];
    System.arraycopy(before, 0, buffer, 0, before.length);
    System.arraycopy(line, 0, buffer, before.length, line.length);
    System.arraycopy(after, 0, buffer, before.length + line.length, after.length);
    return new DossierByteDecoder().tryDecode(buffer, before.length, line.length);
  }

  /** The tree path alone: the reader as it was before the streaming path. */
  private static RecordReader<Dossier> treeReader(java.io.Reader in, ReadOptions options) {
    return new NdjsonReader<>(
        in,
        options,
        DossierJsonCodec.FORMAT,
        DossierJsonCodec.VERSION,
        DossierJsonCodec::decode,
        Dossier::code);
  }

  /** What a caller can see of an exception. */
  record Seen(
      FormatRule rule,
      String source,
      long line,
      int column,
      Optional<String> jsonPath,
      Optional<String> field,
      Optional<String> value,
      Optional<String> dossierCode,
      String message,
      Class<?> cause) {
    static Seen of(FormatException e) {
      return new Seen(
          e.rule(),
          e.source(),
          e.line(),
          e.column(),
          e.jsonPath(),
          e.field(),
          e.value(),
          e.dossierCode(),
          e.getMessage(),
          e.getCause() == null ? null : e.getCause().getClass());
    }
  }

  /** Everything a lenient read yields. */
  record LenientRead(List<Dossier> accepted, long read, long rejected, List<Seen> rejections) {}

  private static LenientRead readLenient(
      String input, BiFunction<java.io.Reader, ReadOptions, RecordReader<Dossier>> reader) {
    return readLenient(ReadOptions.lenient("p"), o -> reader.apply(new StringReader(input), o));
  }

  /**
   * Reads in lenient mode.
   *
   * @param options lenient options, to which a listener is added
   * @param reader opens the reader with the options
   */
  static LenientRead readLenient(
      ReadOptions options, Function<ReadOptions, RecordReader<Dossier>> reader) {
    List<Dossier> accepted = new ArrayList<>();
    List<Seen> heard = new ArrayList<>();
    try (RecordReader<Dossier> r =
        reader.apply(options.withRejectionListener(e -> heard.add(Seen.of(e))))) {
      r.forEachRemaining(accepted::add);
      ReadReport report = r.report();
      assertEquals(heard, report.rejections().stream().map(Seen::of).toList());
      return new LenientRead(accepted, report.read(), report.rejected(), heard);
    }
  }

  /** Everything a strict read yields: the dossiers before the first error, and the error. */
  record StrictRead(List<Dossier> accepted, Seen error) {}

  private static StrictRead readStrict(
      String input, BiFunction<java.io.Reader, ReadOptions, RecordReader<Dossier>> reader) {
    return readStrict(ReadOptions.strict("s"), o -> reader.apply(new StringReader(input), o));
  }

  /**
   * Reads in strict mode.
   *
   * @param options strict options
   * @param reader opens the reader with the options
   */
  static StrictRead readStrict(
      ReadOptions options, Function<ReadOptions, RecordReader<Dossier>> reader) {
    List<Dossier> accepted = new ArrayList<>();
    try (RecordReader<Dossier> r = reader.apply(options)) {
      r.forEachRemaining(accepted::add);
      return new StrictRead(accepted, null);
    } catch (FormatException e) {
      return new StrictRead(accepted, Seen.of(e));
    }
  }

  private static Optional<Dossier> viaTree(String line) {
    StrictRead read =
        readStrict(HEADER + "\n" + line + "\n", DossierStreamDecoderProperties::treeReader);
    return read.error() == null ? Optional.of(read.accepted().get(0)) : Optional.empty();
  }

  @Test
  void validLinesTakeTheStreamingPathAndDecodeEqual() {
    qt().withExamples(300)
        .forAll(FormatsGenerators.dossierLists())
        .checkAssert(
            dossiers -> {
              String[] lines = RoundTrips.write(dossiers, DossierNdjson::writer).split("\n");
              for (int i = 0; i < dossiers.size(); i++) {
                assertEquals(dossiers.get(i), streaming(lines[i + 1]), lines[i + 1]);
                assertEquals(dossiers.get(i), streamingBytes(lines[i + 1]), lines[i + 1]);
                assertEquals(dossiers.get(i), jacksonBytes(lines[i + 1]), lines[i + 1]);
                // The direct path takes every line without an escape, which it leaves to Jackson.
                Dossier direct = direct(lines[i + 1]);
                if (direct != null || !lines[i + 1].contains("\\")) {
                  assertEquals(dossiers.get(i), direct, lines[i + 1]);
                }
              }
            });
  }

  /** One of the lines (picked by {@code which}) with the mutations applied; null if none. */
  private static String corrupted(List<String> lines, List<Mutation> mutations, int which) {
    if (lines.isEmpty()) {
      return null;
    }
    String line = lines.get(Math.floorMod(which, lines.size()));
    for (Mutation mutation : mutations) {
      line = corrupt(line, mutation);
    }
    return line;
  }

  @Test
  void corruptedLinesAreNeverAcceptedUnlessTheTreePathAcceptsThemEqual() {
    qt().withExamples(1000)
        .forAll(dossierLines(), lists().of(mutations()).ofSizeBetween(1, 3), integers().all())
        .checkAssert(
            (lines, mutations, which) -> {
              String line = corrupted(lines, mutations, which);
              if (line == null) {
                return;
              }
              Dossier fast = streaming(line);
              Dossier fastBytes = streamingBytes(line);
              Dossier jacksonBytes = jacksonBytes(line);
              Dossier direct = direct(line);
              Optional<Dossier> tree = viaTree(line);
              if (direct != null) {
                assertEquals(Optional.of(direct), tree, line);
              }
              if (fast != null) {
                assertEquals(Optional.of(fast), tree, line);
              }
              if (fastBytes != null) {
                assertEquals(Optional.of(fastBytes), tree, line);
              }
              if (jacksonBytes != null) {
                assertEquals(Optional.of(jacksonBytes), tree, line);
              }
            });
  }

  /**
   * The direct path takes every plain line, equal to the tree path's dossier, with one decoder for
   * all lines (so its text cache and learned field order carry over); and it never reads past the
   * line's end to accept it: the line cut short anywhere, with the rest still in the buffer after
   * the cut, is given up on.
   */
  @Test
  void theDirectPathTakesEveryPlainLineAndGivesUpOnEveryCutOfIt() {
    DossierByteDecoder decoder = new DossierByteDecoder();
    qt().withExamples(100)
        .forAll(plainLines())
        .checkAssert(
            lines -> {
              for (String text : lines) {
                byte[] line = text.getBytes(UTF_8);
                for (int cut = 0; cut < line.length; cut += 1 + cut / 200) {
                  assertNull(decoder.tryDecode(line, 0, cut), text);
                }
                Dossier whole = decoder.tryDecode(line, 0, line.length);
                assertNotNull(whole, text);
                assertEquals(viaTree(text), Optional.of(whole), text);
              }
            });
  }

  /**
   * A string longer than Jackson's limit (its StreamReadConstraints) makes the tree path reject the
   * line: the direct path must give up on it too.
   */
  @Test
  void theDirectPathGivesUpOnAStringLongerThanJacksonsLimit() {
    int limit = Json.MAPPER.getFactory().streamReadConstraints().getMaxStringLength();
    String head =
        "{\"code\":\"A\",\"procedureCode\":\"P\",\"receivingUnit\":\"U\",\"channel\":\"ONLINE\","
            + "\"events\":[{\"type\":\"RECEIVED\",\"occurredAt\":\"2025-03-03T08:00:00+07:00\","
            + "\"recordedAt\":\"2025-03-03T08:00+07:00\",\"note\":\"";
    for (int length : new int[] {limit, limit + 1}) {
      String line = head + "a".repeat(length) + "\"}]}";
      byte[] bytes = line.getBytes(UTF_8);
      Optional<Dossier> tree = viaTree(line);
      assertEquals(length <= limit, tree.isPresent(), "the tree path at " + length);
      Dossier direct = new DossierByteDecoder().tryDecode(bytes, 0, bytes.length);
      // Not assertEquals on dossiers: a failure message holding one would be 20 MB.
      assertTrue(
          direct == null || tree.equals(Optional.of(direct)), "the direct path at " + length);
    }
  }

  /** Byte sequences that are not UTF-8, and some that are, put into a line's bytes. */
  private static final List<byte[]> INSERTED_BYTES =
      List.of(
          new byte[] {(byte) 0x80},
          new byte[] {(byte) 0xc3},
          new byte[] {(byte) 0xc3, 0x28},
          new byte[] {(byte) 0xc0, (byte) 0xaf},
          new byte[] {(byte) 0xe0, (byte) 0x80, (byte) 0x80},
          new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
          new byte[] {(byte) 0xe2, (byte) 0x82},
          new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
          new byte[] {(byte) 0xff},
          new byte[] {(byte) 0xc3, (byte) 0xa9},
          new byte[] {(byte) 0xf0, (byte) 0x9d, (byte) 0x84, (byte) 0x9e},
          new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
          new byte[] {0x00},
          new byte[] {0x7f},
          new byte[] {'"'},
          new byte[] {'\\'});

  /**
   * Bytes put into a line or replacing one of its bytes: what the direct path accepts is UTF-8, and
   * the tree path decodes it to the same dossier.
   */
  @Test
  void theDirectPathAcceptsOnlyUtf8ThatTheTreePathDecodesEqual() {
    DossierByteDecoder decoder = new DossierByteDecoder();
    qt().withExamples(1000)
        .forAll(plainLines(), mutations(), integers().between(0, 1))
        .checkAssert(
            (lines, mutation, replace) -> {
              if (lines.isEmpty()) {
                return;
              }
              byte[] line = lines.get(mutation.kind() % lines.size()).getBytes(UTF_8);
              byte[] inserted = INSERTED_BYTES.get(mutation.what() % INSERTED_BYTES.size());
              int at = mutation.where() % line.length;
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              out.write(line, 0, at);
              out.writeBytes(inserted);
              int skip = replace == 1 ? 1 : 0;
              out.write(line, at + skip, line.length - at - skip);
              byte[] corrupted = out.toByteArray();
              byte[] buffer = Arrays.copyOf(corrupted, corrupted.length + 2);
              buffer[corrupted.length] = '"';
              buffer[corrupted.length + 1] = '}';
              Dossier direct = decoder.tryDecode(buffer, 0, corrupted.length);
              if (direct != null) {
                String text;
                try {
                  text = UTF_8.newDecoder().decode(ByteBuffer.wrap(corrupted)).toString();
                } catch (CharacterCodingException e) {
                  throw new AssertionError("accepted bytes that are not UTF-8", e);
                }
                assertEquals(Optional.of(direct), viaTree(text), text);
              }
            });
  }

  @Test
  void corruptedPlainLinesAreNeverTakenByTheDirectPathUnlessTheTreePathTakesThemEqual() {
    DossierByteDecoder decoder = new DossierByteDecoder();
    qt().withExamples(1000)
        .forAll(plainLines(), lists().of(mutations()).ofSizeBetween(1, 3), integers().all())
        .checkAssert(
            (lines, mutations, which) -> {
              String line = corrupted(lines, mutations, which);
              if (line == null) {
                return;
              }
              byte[] buffer = (line + "\"}]}").getBytes(UTF_8);
              Dossier direct = decoder.tryDecode(buffer, 0, line.getBytes(UTF_8).length);
              if (direct != null) {
                assertEquals(viaTree(line), Optional.of(direct), line);
              }
            });
  }

  @Test
  void readersWithAndWithoutTheStreamingPathAgree() {
    qt().withExamples(300)
        .forAll(
            dossierLines(), lists().of(mutations()).ofSizeBetween(8, 8), integers().between(0, 2))
        .checkAssert(
            (lines, mutations, seed) -> {
              StringBuilder input = new StringBuilder(HEADER).append('\n');
              for (int i = 0; i < lines.size(); i++) {
                Mutation mutation = mutations.get(i);
                String line = lines.get(i);
                // A third of the lines stay valid, some repeat an earlier line (a duplicate code).
                if ((mutation.what() + seed) % 3 == 0) {
                  line =
                      mutation.where() % 4 == 0 && i > 0 ? lines.get(mutation.where() % i) : line;
                } else {
                  line = corrupt(line, mutation);
                }
                input.append(line).append('\n');
              }
              String text = input.toString();
              assertEquals(
                  readLenient(text, DossierStreamDecoderProperties::treeReader),
                  readLenient(text, DossierNdjson::reader),
                  text);
              assertEquals(
                  readStrict(text, DossierStreamDecoderProperties::treeReader),
                  readStrict(text, DossierNdjson::reader),
                  text);
            });
  }

  static Stream<String> linesTheStreamingPathGivesUpOn() {
    String event =
        "{\"type\":\"RECEIVED\",\"occurredAt\":\"2025-03-03T08:00+07:00\","
            + "\"recordedAt\":\"2025-03-03T08:00+07:00\"}";
    String head =
        "{\"code\":\"A\",\"procedureCode\":\"1.004227\",\"receivingUnit\":\"U\","
            + "\"channel\":\"ONLINE\"";
    return Stream.of(
        head + ",\"events\":[" + event + "],\"code\":\"B\"}",
        head + ",\"events\":[" + event + "]} x",
        head + ",\"events\":[" + event + "]}{}",
        head + ",\"events\":[" + event + "],\"x\":1}",
        head + ",\"events\":[" + event + "],\"applicant\":1}",
        head + ",\"events\":[" + event + "],\"applicant\":[\"a\"]}",
        head + ",\"events\":[" + event.replace("\"RECEIVED\"", "null") + "]}",
        head + ",\"events\":[" + event.replace("+07:00", "") + "]}",
        head + ",\"events\":[" + event + ",null]}",
        head + ",\"events\":[" + event.replace("}", ",\"type\":\"RECEIVED\"}") + "]}",
        head + ",\"events\":null}",
        head + "}",
        head.replace("\"A\"", "\" \"") + ",\"events\":[" + event + "]}",
        head.replace("\"U\"", "\"\"") + ",\"events\":[" + event + "]}",
        head.replace("\"U\"", "\" \"") + ",\"events\":[" + event + "]}",
        head.replace("\"1.004227\"", "\"\\t\"") + ",\"events\":[" + event + "]}",
        head.replace("ONLINE", "online") + ",\"events\":[" + event + "]}",
        head + ",\"events\":[" + event + "],}",
        "[" + head + ",\"events\":[" + event + "]}]",
        head + ",\"events\":[" + event + "]}\u000b",
        "\uFEFF" + head + ",\"events\":[" + event + "]}",
        "");
  }

  @ParameterizedTest
  @MethodSource("linesTheStreamingPathGivesUpOn")
  void theStreamingPathGivesUpOnWhatTheTreePathRejects(String line) {
    assertNull(streaming(line), line);
    assertNull(streamingBytes(line), line);
    assertNull(jacksonBytes(line), line);
    assertNull(direct(line), line);
    assertTrue(viaTree(line).isEmpty(), line);
  }

  @Test
  void theStreamingPathTakesNullForAnAbsentOptionalField() {
    String line =
        "{\"code\":\"A\",\"procedureCode\":\"P\",\"receivingUnit\":\"U\",\"channel\":\"ONLINE\","
            + "\"applicant\":null,\"printedAppointment\":null,\"events\":[{\"type\":\"RECEIVED\","
            + "\"occurredAt\":\"2025-03-03T08:00+07:00\",\"recordedAt\":\"2025-03-03T08:00:00.250Z\","
            + "\"note\":null}]}";
    Dossier fast = streaming(line);
    assertNotNull(fast);
    assertEquals(viaTree(line), Optional.of(fast));
    assertEquals(fast, direct(line));
  }
}
