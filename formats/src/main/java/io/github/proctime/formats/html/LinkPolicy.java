package io.github.proctime.formats.html;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the report page links a late dossier's code to: the caller decides, for example to the
 * timeline pictures it writes next to the page.
 *
 * <p>{@link #timelines()} links {@code H40-0001} to {@code timelines/H40-0001.svg}; {@link
 * #relative(String, String)} to another folder and extension; {@link #none()} prints the codes
 * without links. A custom policy may return any relative, {@code http}, {@code https} or {@code
 * file} URL; the page refuses other schemes (such as {@code javascript:}).
 *
 * <pre>{@code
 * String html = ReportPages.html(report, LinkPolicy.timelines());
 * // the caller writes timelines/<code>.svg with TimelinePictures.svg(...)
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe; the built-in ones are.
 */
@FunctionalInterface
public interface LinkPolicy {

  /**
   * The link target for a dossier's timeline picture.
   *
   * @param dossierCode the dossier code
   * @return the URL, or empty for no link
   */
  Optional<String> timelineLink(String dossierCode);

  /**
   * No links.
   *
   * @return the policy
   */
  static LinkPolicy none() {
    return code -> Optional.empty();
  }

  /**
   * Links to {@code timelines/<code>.svg}, relative to the page.
   *
   * @return the policy
   */
  static LinkPolicy timelines() {
    return relative("timelines", ".svg");
  }

  /**
   * Links to {@code <folder>/<code><extension>}, relative to the page. The code is percent-encoded
   * as one path segment (every byte except the unreserved characters {@code A-Z a-z 0-9 - . _ ~}),
   * so a file named exactly {@code <code><extension>} in that folder is found.
   *
   * @param folder the folder relative to the page, such as {@code timelines}; empty for the page's
   *     own folder
   * @param extension the file extension with its dot, such as {@code .svg}
   * @return the policy
   */
  static LinkPolicy relative(String folder, String extension) {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(extension, "extension");
    String prefix = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
    return code -> Optional.of(prefix + encodeSegment(code) + extension);
  }

  /**
   * Percent-encodes text as one URL path segment.
   *
   * @param text the text
   * @return the encoded segment
   */
  static String encodeSegment(String text) {
    StringBuilder b = new StringBuilder();
    for (byte x : text.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      boolean unreserved =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~';
      if (unreserved) {
        b.append((char) c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        b.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return b.toString();
  }
}
