package io.github.proctime.formats.html;

import static io.github.proctime.formats.html.HtmlFixtures.CALENDAR;
import static io.github.proctime.formats.html.HtmlFixtures.CRAFTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.proctime.core.Dossier;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.Timeline;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class TimelinePicturesTest {
  static final Dossier LATE = HtmlFixtures.late2025("Hoàng Thị Em", HtmlFixtures.SPECIALIST, true);
  static final Evaluation LATE_EVALUATION =
      HtmlFixtures.evaluate(LATE, HtmlFixtures.LATE_2025_AS_OF);
  static final Dossier FINISHED = HtmlFixtures.finished2024("Đỗ Văn Giang");
  static final Evaluation FINISHED_EVALUATION =
      HtmlFixtures.evaluate(FINISHED, HtmlFixtures.FINISHED_2024_AS_OF);

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void lateDossierWithSupplementWaitOverTheHolidaysAndARescheduledAppointment() {
    Golden.assertMatches("timeline-late-2025.svg", TimelinePictures.svg(LATE_EVALUATION, CALENDAR));
  }

  @Test
  void finishedDossierWithAnInvalidPauseAndAnotherAgency() {
    Golden.assertMatches(
        "timeline-finished-2024.svg", TimelinePictures.svg(FINISHED_EVALUATION, CALENDAR));
  }

  @Test
  void pictureIsWellFormedSvgWithTheExpectedParts() throws Exception {
    String svg = TimelinePictures.svg(LATE_EVALUATION, CALENDAR);
    Document doc = parse(svg);
    assertEquals("svg", doc.getDocumentElement().getLocalName());
    assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI());
    assertTrue(svg.contains("Quốc khánh"), "holiday named");
    assertTrue(svg.contains("Quá hạn "), "overrun labelled");
    assertTrue(svg.contains("— " + HtmlFixtures.SPECIALIST + "</text>"), "with the official");
    assertTrue(svg.contains("url(#p-overrun)"), "overrun hatched");
    assertTrue(svg.contains("url(#p-supplement)"), "supplement wait drawn");
    assertTrue(svg.contains(">Hẹn lại 16:00 12/09/2025</text>"), "rescheduled instant");
    assertTrue(svg.contains(">Hạn xử lý "), "due instant");
    assertTrue(svg.contains(">Thời điểm đánh giá 16:00 10/09/2025</text>"), "evaluation instant");
  }

  @Test
  void everyKindIsToldApartWithoutColour() {
    String svg = TimelinePictures.svg(LATE_EVALUATION, CALENDAR);
    for (String pattern :
        new String[] {"nonworking", "overrun", "supplement", "financial", "invalidpause"}) {
      assertTrue(svg.contains("<pattern id=\"p-" + pattern + "\""), pattern);
    }
    assertTrue(svg.contains("stroke-dasharray=\"4 3\""), "allotment outline dashed");
    for (String dash : new String[] {"8 4", "10 3 2 3", "2 3", "6 2", "1 2"}) {
      assertTrue(svg.contains("stroke-dasharray=\"" + dash + "\""), "marker dash " + dash);
    }
  }

  @Test
  void dossierJustReceivedIsDrawn() throws Exception {
    Dossier fresh = Dossier.builder().from(LATE).events(LATE.events().subList(0, 1)).build();
    Evaluation e = HtmlFixtures.evaluate(fresh, fresh.receivedAt().orElseThrow());
    String svg = TimelinePictures.svg(e, CALENDAR);
    parse(svg);
    assertTrue(svg.contains(HtmlFixtures.DESK));
    assertFalse(svg.contains("Quá hạn "));
  }

  @Test
  void recordedTimelineIsDrawnOnRequest() throws Exception {
    String svg = TimelinePictures.svg(LATE_EVALUATION, CALENDAR, Timeline.RECORDED);
    parse(svg);
    assertTrue(svg.contains("theo thời điểm ghi nhận vào hệ thống"));
  }

  @Test
  void inlineSvgHasNoXmlDeclarationAndItsOwnIdentifiers() {
    String svg = TimelinePictures.inlineSvg(LATE_EVALUATION, CALENDAR, "d7");
    assertTrue(svg.startsWith("<svg "));
    assertTrue(svg.contains("id=\"d7overrun\""));
    assertFalse(svg.contains("p-overrun"));
  }

  @Test
  void badIdentifierPrefixIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TimelinePictures.inlineSvg(LATE_EVALUATION, CALENDAR, "\"><x"));
    assertTrue(e.getMessage().contains("idPrefix"), e.getMessage());
  }

  @Test
  void craftedNamesRenderAsText() throws Exception {
    Dossier crafted = HtmlFixtures.late2025(CRAFTED, CRAFTED, true);
    String svg =
        TimelinePictures.svg(
            HtmlFixtures.evaluate(crafted, HtmlFixtures.LATE_2025_AS_OF), CALENDAR);
    parse(svg);
    assertFalse(svg.contains("<script"), svg);
    assertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
  }
}
