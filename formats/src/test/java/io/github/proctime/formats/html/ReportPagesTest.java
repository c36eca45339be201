package io.github.proctime.formats.html;

import static io.github.proctime.formats.html.HtmlFixtures.CRAFTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.proctime.core.Attributor;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.report.PeriodReport;
import io.github.proctime.core.report.ReportAggregator;
import io.github.proctime.core.report.ReportEntry;
import io.github.proctime.core.report.ReportPeriod;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportPagesTest {
  static final String WARD = "UBND phường Bến Thành";
  static final String CENTRE = "Trung tâm Phục vụ hành chính công tỉnh";

  /** September 2025: one dossier carried over and overdue, three on time, one finished late. */
  static PeriodReport september(String specialist, String unit) {
    ReportAggregator aggregator =
        ReportAggregator.builder().period(ReportPeriod.ofMonth(YearMonth.of(2025, 9))).build();
    Attributor attributor = Attributor.of(HtmlFixtures.CALENDAR);
    List<Dossier> dossiers =
        List.of(
            HtmlFixtures.late2025("Hoàng Thị Em", specialist),
            HtmlFixtures.simple(
                "H40.25-250903-0101",
                WARD,
                HtmlFixtures.SPECIALIST,
                "2025-09-03T08:00",
                "2025-09-05T10:00",
                "2025-09-08T09:00"),
            HtmlFixtures.simple(
                "H40.25-250910-0102",
                WARD,
                HtmlFixtures.SPECIALIST,
                "2025-09-10T08:00",
                "2025-09-11T15:00",
                "2025-09-12T10:00"),
            HtmlFixtures.simple(
                "H40.25-250915-0103",
                unit,
                HtmlFixtures.SPECIALIST,
                "2025-09-15T14:00",
                "2025-09-17T09:00",
                "2025-09-18T09:00"),
            HtmlFixtures.simple(
                "H40.25-250916-0104",
                unit,
                specialist,
                "2025-09-16T09:00",
                "2025-09-25T09:00",
                "2025-09-26T16:00"));
    for (Dossier d : dossiers) {
      Evaluation e = HtmlFixtures.evaluate(d, aggregator.judgedAt());
      aggregator.add(ReportEntry.of(d, e, attributor.attribute(e)));
    }
    return aggregator.report();
  }

  static final PeriodReport SEPTEMBER = september(HtmlFixtures.SPECIALIST, CENTRE);

  @Test
  void monthlyPage() {
    assertEquals(2, SEPTEMBER.total().late());
    Golden.assertMatches(
        "report-2025-09.html", ReportPages.html(SEPTEMBER, LinkPolicy.timelines()));
  }

  @Test
  void pageIsSelfContained() {
    String html = ReportPages.html(SEPTEMBER, LinkPolicy.timelines());
    assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), "inline chart");
    String rest = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    assertFalse(rest.contains("http:") || rest.contains("https:") || rest.contains("//"), rest);
    assertFalse(rest.contains("<script"));
    assertFalse(rest.contains("<link"));
    assertFalse(rest.contains(" src="));
    assertTrue(rest.contains("Content-Security-Policy"));
  }

  @Test
  void lateDossiersLinkToTheirTimelines() {
    String html = ReportPages.html(SEPTEMBER, LinkPolicy.timelines());
    assertTrue(
        html.contains("<a href=\"timelines/H40.25-250828-0007.svg\">H40.25-250828-0007</a>"), html);
    String unlinked = ReportPages.html(SEPTEMBER, LinkPolicy.none());
    assertFalse(unlinked.contains("<a "));
    String custom =
        ReportPages.html(
            SEPTEMBER, code -> Optional.of("https://motcua.example/hoso?ma=" + code + "&x=1"));
    assertTrue(
        custom.contains("href=\"https://motcua.example/hoso?ma=H40.25-250828-0007&amp;x=1\""));
  }

  @Test
  void codesAreEncodedAsOnePathSegment() {
    assertEquals(
        Optional.of("out/a%2Fb%20c%C4%91.svg"),
        LinkPolicy.relative("out", ".svg").timelineLink("a/b cđ"));
    assertEquals(Optional.of("x.html"), LinkPolicy.relative("", ".html").timelineLink("x"));
  }

  @Test
  void scriptLinksAreRefusedNamingTheLink() {
    DocumentInputException e =
        assertThrows(
            DocumentInputException.class,
            () -> ReportPages.html(SEPTEMBER, code -> Optional.of("JavaScript:alert(1)")));
    assertEquals("link", e.field());
    assertEquals("JavaScript:alert(1)", e.actual());
  }

  @Test
  void craftedOfficialAndUnitRenderAsText() {
    PeriodReport crafted = september(CRAFTED, CRAFTED);
    String html = ReportPages.html(crafted, LinkPolicy.timelines());
    assertFalse(html.contains("<script"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
  }
}
