package io.github.proctime.formats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.proctime.formats.Fixtures;
import io.github.proctime.formats.HeaderLanguage;
import io.github.proctime.formats.RoundTrips;
import org.junit.jupiter.api.Test;

class StepLedgerCsvTest {
  /** A snapshot: the values come from core's step ledger; regenerate and review on purpose. */
  @Test
  void vietnameseLedgerMatchesTheGoldenFile() {
    assertEquals(
        Fixtures.resource("/io/github/proctime/formats/golden/steps-vi.csv"),
        RoundTrips.write(
            Fixtures.evaluations(), out -> StepLedgerCsv.writer(out, HeaderLanguage.VIETNAMESE)));
  }

  @Test
  void englishHeadersOnRequest() {
    String text =
        RoundTrips.write(
            Fixtures.evaluations(), out -> StepLedgerCsv.writer(out, HeaderLanguage.ENGLISH));
    assertEquals(
        String.join(",", StepLedgerCsv.header(HeaderLanguage.ENGLISH)), text.split("\r\n")[0]);
    assertEquals("Người giao", StepLedgerCsv.header(HeaderLanguage.VIETNAMESE).get(5));
  }
}
