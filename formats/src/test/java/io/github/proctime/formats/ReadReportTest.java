package io.github.proctime.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadReportTest {
  private static final FormatException BAD =
      FormatException.builder(FormatRule.MISSING_FIELD, "in").line(3).field("code").build();

  @Test
  void readIsAcceptedPlusRejected() {
    ReadReport r = ReadReport.of("in", 5, 2, List.of(BAD, BAD));
    assertEquals(7, r.read());
    assertEquals(5, r.accepted());
    assertEquals(2, r.rejected());
    assertEquals(List.of(BAD, BAD), r.rejections());
    assertEquals("in: 7 read, 5 accepted, 2 rejected", r.toString());
  }

  @Test
  void negativeCountsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> ReadReport.of("in", -1, 0, List.of()));
    assertThrows(IllegalArgumentException.class, () -> ReadReport.of("in", 0, -1, List.of()));
  }

  @Test
  void moreRejectionsThanRejectedRecordsAreRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> ReadReport.of("in", 0, 1, List.of(BAD, BAD)));
  }
}
