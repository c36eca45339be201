package io.github.proctime.formats.html;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.proctime.core.Dossier;
import io.github.proctime.core.Evaluation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Whatever the names in a dossier, every document keeps them as text. */
class DocumentsProperties {

  private static DocumentBuilder xml() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder();
  }

  @Test
  void anyNameLeavesTheTimelineWellFormedWithTheNameAsText() throws Exception {
    DocumentBuilder parser = xml();
    qt().withExamples(100)
        .forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(1, 24))
        .check(
            name -> {
              Dossier d = HtmlFixtures.late2025(name, name, true);
              Evaluation e = HtmlFixtures.evaluate(d, HtmlFixtures.LATE_2025_AS_OF);
              String svg = TimelinePictures.svg(e, HtmlFixtures.CALENDAR);
              try {
                Document doc =
                    parser.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
                return doc.getDocumentElement().getTextContent().contains(shown(name));
              } catch (Exception ex) {
                return false;
              }
            });
  }

  @Test
  void anyNameOnTheSlipAndTheApologyIsEscaped() {
    qt().withExamples(200)
        .forAll(strings().ascii().ofLengthBetween(1, 24))
        .check(
            name -> {
              Dossier d = HtmlFixtures.late2025(name, name);
              Evaluation e = HtmlFixtures.evaluate(d, HtmlFixtures.LATE_2025_AS_OF);
              String slip = ControlSlips.render(e, d, HtmlFixtures.PROCEDURE);
              String apology =
                  ApologyDrafts.render(
                      ApologyDrafts.draft(e, d, HtmlFixtures.PROCEDURE, HtmlFixtures.CALENDAR)
                          .withReason(name));
              String escaped = io.github.proctime.formats.internal.html.Markup.escape(name);
              return slip.contains("Kèm theo hồ sơ của: <b>" + escaped + "</b>")
                  && apology.contains("Lý do chậm trễ: <b>" + escaped + "</b>");
            });
  }

  /**
   * The name as an XML parser reads it back: characters XML does not allow replaced by U+FFFD, line
   * ends normalised to line feeds.
   */
  private static String shown(String name) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < name.length()
          && Character.isLowSurrogate(name.charAt(i + 1))) {
        b.append(c).append(name.charAt(++i));
      } else if (c == '\r') {
        b.append('\n');
        if (i + 1 < name.length() && name.charAt(i + 1) == '\n') {
          i++;
        }
      } else if ((c < 0x20 && c != '\t' && c != '\n')
          || c == '\uFFFE'
          || c == '\uFFFF'
          || Character.isSurrogate(c)) {
        b.append('\uFFFD');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
