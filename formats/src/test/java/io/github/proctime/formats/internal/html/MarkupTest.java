package io.github.proctime.formats.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MarkupTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        Arguments.of("Ánh & Sao", "Ánh &amp; Sao"),
        Arguments.of("\" onload=\"x", "&quot; onload=&quot;x"),
        Arguments.of("it's", "it&#39;s"),
        Arguments.of("a\u0000b\u0007c", "a\uFFFDb\uFFFDc"),
        Arguments.of("tab\tline\nreturn\r", "tab\tline\nreturn\r"),
        Arguments.of("lone \uD800 high", "lone \uFFFD high"),
        Arguments.of("lone \uDC00 low", "lone \uFFFD low"),
        Arguments.of("pair \uD83D\uDE00 ok", "pair \uD83D\uDE00 ok"),
        Arguments.of("\uFFFE\uFFFF", "\uFFFD\uFFFD"),
        Arguments.of("", ""));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void escapes(String text, String expected) {
    assertEquals(expected, Markup.escape(text));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void elementEscapesItsText(String text, String expected) {
    assertEquals(
        "<td class=\"n\">" + expected + "</td>",
        new Markup().element("td class=\"n\"", text).toString());
  }

  @org.junit.jupiter.api.Test
  void safeTextIsReturnedAsIs() {
    String text = "Nguyễn Văn An — Bộ phận một cửa";
    assertSame(text, Markup.escape(text));
  }
}
