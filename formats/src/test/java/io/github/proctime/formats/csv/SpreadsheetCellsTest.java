package io.github.proctime.formats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetCellsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "=1+1|'=1+1",
        "+84 912|'+84 912",
        "-3|'-3",
        "@SUM(A1)|'@SUM(A1)",
        "Nguyễn Văn An|Nguyễn Văn An",
        "a=b|a=b"
      })
  void formulaLeadersAreNeutralised(String input, String expected) {
    assertEquals(expected, SpreadsheetCells.neutralise(input));
  }
}
