package io.github.proctime.formats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.proctime.calendar.WorkingCalendars;
import io.github.proctime.core.Assessor;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.EvaluationMode;
import io.github.proctime.core.Evaluator;
import io.github.proctime.core.ProcedureCatalogue;
import io.github.proctime.formats.Fixtures;
import io.github.proctime.formats.json.EvaluationJson;
import org.junit.jupiter.api.Test;

class Utf8LineBufferTest {
  /** The scan, one byte at a time. */
  private static boolean naive(byte[] b, int length) {
    for (int k = 0; k + 1 < length; k++) {
      if (b[k] == '\\' && b[k + 1] == 'u') {
        return true;
      }
    }
    return false;
  }

  @Test
  void findsTheEscapeAtEveryPositionOfEveryLength() {
    // Every place of a backslash and of a u, in lines of 0 to 40 bytes: word boundaries, the last
    // byte, a tail shorter than a word, and bytes beyond the length that must not count.
    for (int length = 0; length <= 40; length++) {
      for (int slash = -1; slash < length + 2; slash++) {
        for (int u = -1; u < length + 2; u++) {
          byte[] b = new byte[48];
          java.util.Arrays.fill(b, (byte) 'x');
          if (slash >= 0) {
            b[slash] = '\\';
          }
          if (u >= 0) {
            b[u] = 'u';
          }
          assertEquals(
              naive(b, length),
              Utf8LineBuffer.hasUnicodeEscape(b, length),
              "length " + length + ", backslash at " + slash + ", u at " + u);
        }
      }
    }
  }

  @Test
  void agreesWithTheNaiveScanOnRandomBytes() {
    // Bytes drawn from a small alphabet with many backslashes and u, and bytes near them.
    byte[] alphabet = {'\\', 'u', 'U', 0x5B, 0x5D, 0x5C ^ 0x01, (byte) 0xDC, (byte) 0xFF, 0, 'a'};
    qt().withExamples(2000)
        .forAll(lists().of(integers().between(0, alphabet.length - 1)).ofSizeBetween(0, 100))
        .checkAssert(
            picks -> {
              byte[] b = new byte[picks.size()];
              for (int i = 0; i < b.length; i++) {
                b[i] = alphabet[picks.get(i)];
              }
              assertEquals(naive(b, b.length), Utf8LineBuffer.hasUnicodeEscape(b, b.length));
            });
  }

  @Test
  void plainLinesTakeTheFastPath() {
    // The fixtures' lines have no escapes: rendering them must not fall back to the text path
    // (which would be right, only slow, so nothing else would notice).
    Assessor assessor =
        Assessor.of(
            Evaluator.builder()
                .calendar(WorkingCalendars.vietnam())
                .procedures(ProcedureCatalogue.of(Fixtures.procedure(), Fixtures.shortProcedure()))
                .mode(EvaluationMode.LENIENT)
                .build());
    for (Dossier d : Fixtures.dossiers()) {
      byte[] line =
          EvaluationJson.assessmentLineUtf8(assessor.assess(d, Fixtures.at("2025-03-31T17:00")));
      assertFalse(Utf8LineBuffer.hasUnicodeEscape(line, line.length), d.code());
    }
  }

  @Test
  void aBufferThatGrewPastTheLimitIsNotKept() {
    Utf8LineBuffer first = Utf8LineBuffer.forThisThread();
    first.write(new byte[100], 0, 100);
    assertEquals(100, first.take().length);
    assertSame(first, Utf8LineBuffer.forThisThread());
    Utf8LineBuffer again = Utf8LineBuffer.forThisThread();
    byte[] big = new byte[Utf8LineBuffer.KEPT_BYTES + 1];
    again.write(big, 0, big.length);
    assertEquals(big.length, again.take().length);
    Utf8LineBuffer next = Utf8LineBuffer.forThisThread();
    assertNotSame(again, next);
    assertEquals(0, next.size());
  }
}
