package io.github.proctime.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportColumnTest {
  static Stream<Arguments> labels() {
    return Stream.of(
        Arguments.of(ReportColumn.FINISHED_EARLY, "Trước hạn"),
        Arguments.of(ReportColumn.FINISHED_ON_TIME, "Đúng hạn"),
        Arguments.of(ReportColumn.FINISHED_LATE, "Quá hạn"),
        Arguments.of(ReportColumn.IN_PROGRESS_ON_TIME, "Đang xử lý trong hạn"),
        Arguments.of(ReportColumn.IN_PROGRESS_OVERDUE, "Đang xử lý quá hạn"),
        Arguments.of(ReportColumn.CARRIED_OVER, "Tồn kỳ trước chuyển sang"),
        Arguments.of(ReportColumn.RECEIVED, "Tiếp nhận trong kỳ"),
        Arguments.of(ReportColumn.FINISHED, "Đã giải quyết"),
        Arguments.of(ReportColumn.REFUSED, "Từ chối"),
        Arguments.of(ReportColumn.WITHDRAWN, "Rút hồ sơ"),
        Arguments.of(ReportColumn.STOPPED, "Dừng xử lý"),
        Arguments.of(ReportColumn.INDICATOR_766_RATE, "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn"));
  }

  @ParameterizedTest
  @MethodSource("labels")
  void vietnameseLabelsAreThoseProvincesPrint(ReportColumn column, String label) {
    assertEquals(label, column.vietnameseLabel());
  }

  @Test
  void everyColumnHasTwoDistinctNonBlankLabels() {
    Set<String> english = new HashSet<>();
    Set<String> vietnamese = new HashSet<>();
    for (ReportColumn c : ReportColumn.values()) {
      assertFalse(c.englishLabel().isBlank(), c.name());
      assertFalse(c.vietnameseLabel().isBlank(), c.name());
      assertEquals(true, english.add(c.englishLabel()), c.englishLabel());
      assertEquals(true, vietnamese.add(c.vietnameseLabel()), c.vietnameseLabel());
    }
    for (ReportDimension d : ReportDimension.values()) {
      assertFalse(d.englishLabel().isBlank(), d.name());
      assertFalse(d.vietnameseLabel().isBlank(), d.name());
    }
  }
}
