package io.github.proctime.formats.html;

import static io.github.proctime.formats.html.HtmlFixtures.CRAFTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.proctime.core.ControlSlipForm;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.Procedure;
import org.junit.jupiter.api.Test;

class ControlSlipsTest {
  static final Dossier LATE = HtmlFixtures.late2025();
  static final Evaluation LATE_EVALUATION =
      HtmlFixtures.evaluate(LATE, HtmlFixtures.LATE_2025_AS_OF);
  private static final Dossier FINISHED = HtmlFixtures.finished2024("Công ty TNHH \"Ánh & Sao\"");
  private static final Evaluation FINISHED_EVALUATION =
      HtmlFixtures.evaluate(FINISHED, HtmlFixtures.FINISHED_2024_AS_OF);

  @Test
  void slipOfA2025DossierIsForm06OfCircular03() {
    assertEquals(ControlSlipForm.TT03_2025_FORM_06, ControlSlips.formOf(LATE_EVALUATION));
    Golden.assertMatches(
        "slip-2025.html", ControlSlips.render(LATE_EVALUATION, LATE, HtmlFixtures.PROCEDURE));
  }

  @Test
  void slipOfA2024DossierIsForm05OfCircular01() {
    assertEquals(ControlSlipForm.TT01_2018_FORM_05, ControlSlips.formOf(FINISHED_EVALUATION));
    Golden.assertMatches(
        "slip-2018.html",
        ControlSlips.render(FINISHED_EVALUATION, FINISHED, HtmlFixtures.PROCEDURE));
  }

  @Test
  void slipPrintsOnA5WithTheFormsColumnsAndVerdicts() {
    String html = ControlSlips.render(FINISHED_EVALUATION, FINISHED, HtmlFixtures.PROCEDURE);
    assertTrue(html.contains("@page { size: A5;"));
    assertTrue(html.contains("Mẫu số 05 — Thông tư 01/2018/TT-VPCP"));
    assertTrue(html.contains("<th>TÊN CƠ QUAN</th><th>THỜI GIAN GIAO, NHẬN HỒ SƠ</th>"));
    assertTrue(html.contains("(Trước hạn/đúng hạn/quá hạn)"));
    assertTrue(html.contains("<th>GHI CHÚ</th>"));
    assertTrue(html.contains("Kèm theo hồ sơ của: <b>Công ty TNHH &quot;Ánh &amp; Sao&quot;</b>"));
    assertTrue(html.contains("Cơ quan phối hợp giải quyết hồ sơ: <b>Chi cục Thuế khu vực</b>"));
  }

  @Test
  void craftedNamesRenderAsText() {
    Dossier crafted = HtmlFixtures.late2025(CRAFTED, CRAFTED);
    Evaluation evaluation = HtmlFixtures.evaluate(crafted, HtmlFixtures.LATE_2025_AS_OF);
    String html = ControlSlips.render(evaluation, crafted, HtmlFixtures.PROCEDURE);
    assertFalse(html.contains("<script"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
  }

  @Test
  void anotherDossierIsRejectedNamingTheField() {
    Dossier other = Dossier.builder().from(LATE).code("H40-OTHER").build();
    DocumentInputException e =
        assertThrows(
            DocumentInputException.class,
            () -> ControlSlips.render(LATE_EVALUATION, other, HtmlFixtures.PROCEDURE));
    assertEquals("dossier.code", e.field());
    assertEquals("'H40.25-250828-0007'", e.expected());
    assertEquals("H40-OTHER", e.actual());
  }

  @Test
  void anotherProcedureIsRejectedNamingTheField() {
    Procedure other = Procedure.builder().from(HtmlFixtures.PROCEDURE).code("2.000001").build();
    DocumentInputException e =
        assertThrows(
            DocumentInputException.class, () -> ControlSlips.render(LATE_EVALUATION, LATE, other));
    assertEquals("procedure.code", e.field());
    assertEquals("'1.004227'", e.expected());
    assertEquals("2.000001", e.actual());
  }
}
