package io.github.proctime.formats.internal.html;

import java.util.Objects;

/**
 * The one escaping function of the HTML and SVG documents, and a small appender around it.
 *
 * <p>Every piece of text that comes from a dossier, a procedure or a caller (names, codes, reasons)
 * goes through {@link #escape(String)} before it is placed in an element or an attribute, so a
 * crafted name such as {@code <script>} is shown as text. The five XML special characters become
 * character references, which are valid in HTML and in standalone SVG (XML) alike. Characters that
 * XML 1.0 does not allow (C0 controls other than tab, line feed and carriage return, lone
 * surrogates, U+FFFE and U+FFFF) are shown as U+FFFD, the replacement character, so the reader sees
 * that something was there.
 *
 * <p>This class is immutable and thread-safe; {@link Markup} instances are not thread-safe.
 */
public final class Markup {
  private final StringBuilder out = new StringBuilder(4096);

  /**
   * Escapes text for an element's content or a quoted attribute value.
   *
   * @param text the text
   * @return the escaped text
   * @throws NullPointerException if text is null
   */
  public static String escape(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = replacement(text, i, c);
      if (replacement == null) {
        if (Character.isHighSurrogate(c)) {
          if (b != null) {
            b.append(c).append(text.charAt(i + 1));
          }
          i++;
        } else if (b != null) {
          b.append(c);
        }
        continue;
      }
      if (b == null) {
        b = new StringBuilder(text.length() + 16);
        b.append(text, 0, i);
      }
      b.append(replacement);
    }
    return b == null ? text : b.toString();
  }

  private static String replacement(String text, int i, char c) {
    switch (c) {
      case '&':
        return "&amp;";
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '"':
        return "&quot;";
      case '\'':
        return "&#39;";
      default:
        break;
    }
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      return "\uFFFD";
    }
    if (c == '\uFFFE' || c == '\uFFFF') {
      return "\uFFFD";
    }
    if (Character.isHighSurrogate(c)) {
      boolean paired = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      return paired ? null : "\uFFFD";
    }
    if (Character.isLowSurrogate(c)) {
      return "\uFFFD";
    }
    return null;
  }

  /**
   * Appends markup written by this package (never user text).
   *
   * @param markup trusted markup
   * @return this
   */
  public Markup raw(String markup) {
    out.append(markup);
    return this;
  }

  /**
   * Appends a number as markup.
   *
   * @param number the number
   * @return this
   */
  public Markup raw(long number) {
    out.append(number);
    return this;
  }

  /**
   * Appends escaped text.
   *
   * @param text untrusted text
   * @return this
   */
  public Markup text(String text) {
    out.append(escape(text));
    return this;
  }

  /**
   * Appends {@code <tag>escaped text</tag>}.
   *
   * @param tag the element with its attributes, written by this package
   * @param text untrusted text
   * @return this
   */
  public Markup element(String tag, String text) {
    int space = tag.indexOf(' ');
    String name = space < 0 ? tag : tag.substring(0, space);
    out.append('<').append(tag).append('>').append(escape(text)).append("</").append(name);
    out.append('>');
    return this;
  }

  /**
   * Appends a line break to the markup, which keeps golden files readable.
   *
   * @return this
   */
  public Markup nl() {
    out.append('\n');
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
