package io.github.proctime.formats.internal.html;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class MarkupProperties {
  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  @Test
  void escapedTextHasNoMarkupAndReadsBackAsTheText() {
    qt().withExamples(1000)
        .forAll(strings().ascii().ofLengthBetween(0, 40))
        .check(
            text -> {
              String escaped = Markup.escape(text);
              boolean hasMarkup =
                  escaped.contains("<")
                      || escaped.contains(">")
                      || escaped.contains("\"")
                      || escaped.contains("'");
              String shown = text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "\uFFFD");
              return !hasMarkup && unescape(escaped).equals(shown);
            });
  }

  @Test
  void everyBasicMultilingualCharacterIsEscapedToValidXmlText() {
    qt().withExamples(1000)
        .forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 20))
        .check(
            text -> {
              String escaped = Markup.escape(text);
              for (int i = 0; i < escaped.length(); i++) {
                char c = escaped.charAt(i);
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    || c == '\uFFFE'
                    || c == '\uFFFF'
                    || c == '<'
                    || c == '>') {
                  return false;
                }
                if (Character.isHighSurrogate(c)
                    && (i + 1 >= escaped.length()
                        || !Character.isLowSurrogate(escaped.charAt(++i)))) {
                  return false;
                }
                if (Character.isLowSurrogate(c)) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void escapingKeepsPlainText() {
    qt().withExamples(300)
        .forAll(strings().betweenCodePoints('a', 'z').ofLengthBetween(0, 30))
        .check(text -> Markup.escape(text).equals(text));
  }
}
