package io.github.proctime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DossierStateTest {
  static Stream<Arguments> states() {
    return Stream.of(
        Arguments.of(DossierState.IN_PROGRESS_ON_TRACK, "Đang xử lý trong hạn", true, false, false),
        Arguments.of(DossierState.IN_PROGRESS_DUE_SOON, "Sắp đến hạn", true, false, false),
        Arguments.of(DossierState.IN_PROGRESS_OVERDUE, "Đang xử lý quá hạn", true, false, true),
        Arguments.of(DossierState.WAITING_FOR_APPLICANT, "Chờ bổ sung", true, false, false),
        Arguments.of(DossierState.PAUSED, "Tạm dừng xử lý", true, false, false),
        Arguments.of(DossierState.FINISHED_EARLY, "Trước hạn", false, true, false),
        Arguments.of(DossierState.FINISHED_ON_TIME, "Đúng hạn", false, true, false),
        Arguments.of(DossierState.FINISHED_LATE, "Quá hạn", false, true, true),
        Arguments.of(DossierState.REFUSED, "Từ chối", false, false, false),
        Arguments.of(DossierState.STOPPED, "Dừng xử lý", false, false, false),
        Arguments.of(DossierState.WITHDRAWN, "Rút hồ sơ", false, false, false));
  }

  @ParameterizedTest
  @MethodSource("states")
  void labelsAndClassification(
      DossierState state, String label, boolean inProgress, boolean finished, boolean late) {
    assertEquals(label, state.vietnameseLabel());
    assertEquals(inProgress, state.isInProgress());
    assertEquals(finished, state.isFinished());
    assertEquals(late, state.isLate());
    assertEquals(finished, state.verdict().isPresent());
    if (finished) {
      assertEquals(Optional.of(label), state.verdict().map(Verdict::vietnameseLabel));
    }
  }
}
