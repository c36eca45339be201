package io.github.proctime.formats.portal;

import static io.github.proctime.formats.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.proctime.core.Channel;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierEvent;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.EventType;
import io.github.proctime.core.StepRecord;
import io.github.proctime.formats.Fixtures;
import io.github.proctime.formats.FormatException;
import io.github.proctime.formats.FormatRule;
import io.github.proctime.formats.ReadOptions;
import io.github.proctime.formats.RecordReader;
import io.github.proctime.formats.RoundTrips;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PortalDossiersTest {
  private static final String RECORD =
      Fixtures.resource("/io/github/proctime/formats/portal/record.json");
  private static final PortalMapping ONLINE = PortalMapping.of(Channel.ONLINE);

  private static Dossier expected() {
    return Dossier.builder()
        .code("000.00.12.H40-250303-0001")
        .procedureCode("1.004227")
        .receivingUnit("UBND_HUYEN_X")
        .channel(Channel.ONLINE)
        .applicant("Nguyễn Văn An")
        .printedAppointment(at("2025-03-10T17:00"))
        .addEvents(
            event(EventType.RECEIVED, "2025-03-03T08:00")
                .official("Lê Thị Cúc")
                .unit("BO_PHAN_MOT_CUA")
                .build(),
            event(EventType.HANDED_OVER, "2025-03-03T14:00")
                .official("Lê Thị Cúc")
                .unit("BO_PHAN_MOT_CUA")
                .toOfficial("Trần Thị Bình")
                .toUnit("PHONG_TNMT")
                .note("Thẩm định")
                .build(),
            event(EventType.SUPPLEMENT_REQUESTED, "2025-03-04T09:30")
                .official("Trần Thị Bình")
                .note("Thiếu bản vẽ")
                .build(),
            event(EventType.SUPPLEMENT_RECEIVED, "2025-03-06T10:00")
                .official("Lê Thị Cúc")
                .newAppointment(at("2025-03-12T17:00"))
                .build(),
            event(EventType.HANDED_OVER, "2025-03-06T10:00")
                .official("Trần Thị Bình")
                .unit("PHONG_TNMT")
                .toOfficial("Trần Thị Bình")
                .toUnit("PHONG_TNMT")
                .build(),
            event(EventType.RESULT_READY, "2025-03-11T16:00")
                .official("Trần Thị Bình")
                .unit("PHONG_TNMT")
                .build(),
            event(EventType.RESULT_RETURNED, "2025-03-12T09:00")
                .official("Lê Thị Cúc")
                .unit("BO_PHAN_MOT_CUA")
                .build())
        .build();
  }

  private static DossierEvent.Builder event(EventType type, String localVietnam) {
    return DossierEvent.builder()
        .type(type)
        .occurredAt(at(localVietnam))
        .recordedAt(at(localVietnam));
  }

  @Test
  void aRecordIsMappedToEvents() {
    assertEquals(expected(), PortalDossiers.read(RECORD, "sync", ONLINE));
  }

  @Test
  void whatIsWrittenReadsBackEqualWhenThePortalCanHoldIt() {
    Dossier d = expected();
    assertEquals(d, PortalDossiers.read(PortalDossiers.toJson(d), "back", ONLINE));
  }

  @Test
  void theWriterMatchesTheGoldenFile() {
    String golden = Fixtures.resource("/io/github/proctime/formats/golden/portal-sync.ndjson");
    assertEquals(golden, RoundTrips.write(Fixtures.dossiers(), PortalDossiers::writer));
  }

  @Test
  void ndjsonRecordsStreamWithCounts() {
    String text = RoundTrips.write(List.of(expected(), expected()), PortalDossiers::writer);
    try (RecordReader<Dossier> r =
        PortalDossiers.reader(new StringReader(text), ReadOptions.lenient("p.ndjson"), ONLINE)) {
      assertEquals(List.of(expected()), r.stream().toList());
      assertEquals(2, r.report().read());
      assertEquals(FormatRule.DUPLICATE_CODE, r.report().rejections().get(0).rule());
      assertEquals(3, r.report().rejections().get(0).line());
    }
  }

  @Test
  void aFinancialObligationEndsAtTheNextUpdateByDefault() {
    String record =
        minimal(
            "4",
            "{\"ThoiDiemXuLy\":\"20250303090000\",\"TrangThai\":6},"
                + "{\"ThoiDiemXuLy\":\"20250305090000\",\"TrangThai\":4,\"NguoiXuLy\":\"B\"}");
    List<EventType> types =
        PortalDossiers.read(record, "s", ONLINE).events().stream().map(DossierEvent::type).toList();
    assertEquals(
        List.of(
            EventType.RECEIVED,
            EventType.FINANCIAL_OBLIGATION_REQUESTED,
            EventType.FINANCIAL_OBLIGATION_FULFILLED,
            EventType.HANDED_OVER),
        types);
    List<EventType> open =
        PortalDossiers.read(record, "s", ONLINE.withFinancialObligationEndsAtNextUpdate(false))
            .events()
            .stream()
            .map(DossierEvent::type)
            .toList();
    assertEquals(
        List.of(
            EventType.RECEIVED, EventType.FINANCIAL_OBLIGATION_REQUESTED, EventType.HANDED_OVER),
        open);
  }

  @Test
  void aTerminalStatusWithoutUpdatesBecomesAnEvent() {
    Dossier d =
        PortalDossiers.read(
            minimal("8", "")
                .replace("\"DonViXuLy\"", "\"NgayKetThucXuLy\":\"20250304100000\",\"DonViXuLy\""),
            "s",
            ONLINE);
    assertEquals(EventType.STOPPED, d.events().get(1).type());
    assertEquals(at("2025-03-04T10:00"), d.events().get(1).occurredAt());
  }

  @Test
  void statusOneMakesNoEvent() {
    Dossier d =
        PortalDossiers.read(
            minimal("2", "{\"ThoiDiemXuLy\":\"20250302090000\",\"TrangThai\":1}"), "s", ONLINE);
    assertEquals(1, d.events().size());
  }

  static String minimal(String status, String updates) {
    return "{\"DongBoHoSoMC\":{\"MaHoSo\":\"H1\",\"MaTTHC\":\"1.004227\","
        + "\"NgayTiepNhan\":\"20250303080000\",\"TrangThaiHoSo\":"
        + status
        + ",\"DonViXuLy\":\"U\"},\"CapNhatTienDoHoSoMC\":["
        + updates
        + "]}";
  }

  /** rule, input, field, value, JSON path. */
  static Stream<Arguments> badRecords() {
    return Stream.of(
        Arguments.of(
            FormatRule.INVALID_DATE_TIME,
            RECORD.replace(
                "\"NgayTiepNhan\": \"20250303080000\"", "\"NgayTiepNhan\": \"2025-03-03 08:00\""),
            "NgayTiepNhan",
            "2025-03-03 08:00",
            "$.DongBoHoSoMC.NgayTiepNhan"),
        Arguments.of(
            FormatRule.INVALID_DATE_TIME,
            RECORD.replace("20250304093000\",\n", "20250230093000\",\n"),
            "NgayBoSung",
            "20250230093000",
            "$.DongBoHoSoMC.DanhSachHoSoBoSung[0].NgayBoSung"),
        Arguments.of(
            FormatRule.UNKNOWN_VALUE,
            RECORD.replace("\"TrangThai\": 9", "\"TrangThai\": 11"),
            "TrangThai",
            "11",
            "$.CapNhatTienDoHoSoMC[5].TrangThai"),
        Arguments.of(
            FormatRule.WRONG_TYPE,
            RECORD.replace("\"TrangThai\": 9", "\"TrangThai\": \"chín\""),
            "TrangThai",
            "chín",
            "$.CapNhatTienDoHoSoMC[5].TrangThai"),
        Arguments.of(
            FormatRule.MISSING_FIELD,
            RECORD.replace("\"MaTTHC\": \"1.004227\",", ""),
            "MaTTHC",
            null,
            "$.DongBoHoSoMC.MaTTHC"),
        Arguments.of(
            FormatRule.UNKNOWN_FIELD,
            RECORD.replace("\"HinhThuc\"", "\"HinhThucNop\""),
            "HinhThucNop",
            "1",
            "$.DongBoHoSoMC.HinhThucNop"),
        Arguments.of(
            FormatRule.INCONSISTENT_DOSSIER,
            RECORD.replace(
                "\"ThoiDiemXuLy\": \"20250304093000\"", "\"ThoiDiemXuLy\": \"20250304094500\""),
            "ThoiDiemXuLy",
            "20250304094500",
            "$.CapNhatTienDoHoSoMC[2].ThoiDiemXuLy"),
        Arguments.of(
            FormatRule.INCONSISTENT_DOSSIER,
            RECORD.replace(
                "{\"MaHoSo\": \"000.00.12.H40-250303-0001\", \"NguoiXuLy\"",
                "{\"MaHoSo\": \"OTHER\", \"NguoiXuLy\""),
            "MaHoSo",
            "OTHER",
            "$.CapNhatTienDoHoSoMC[0].MaHoSo"),
        Arguments.of(
            FormatRule.MISSING_FIELD,
            minimal("9", ""),
            "NgayKetThucXuLy",
            null,
            "$.DongBoHoSoMC.NgayKetThucXuLy"));
  }

  @ParameterizedTest
  @MethodSource("badRecords")
  void badRecordsAreReportedWithTheirPath(
      FormatRule rule, String input, String field, String value, String path) {
    FormatException e =
        assertThrows(FormatException.class, () -> PortalDossiers.read(input, "sync", ONLINE));
    assertEquals(rule, e.rule(), e.getMessage());
    assertEquals("sync", e.source());
    assertEquals(Optional.of(field), e.field());
    assertEquals(Optional.ofNullable(value), e.value());
    assertEquals(Optional.of(path), e.jsonPath());
  }

  @Test
  void brokenJsonIsASyntaxError() {
    FormatException e =
        assertThrows(FormatException.class, () -> PortalDossiers.read("{\"a\":", "sync", ONLINE));
    assertEquals(FormatRule.MALFORMED_SYNTAX, e.rule());
    assertEquals(1, e.line());
  }

  @Test
  void anEvaluatedDossierCarriesTheResultsInThePortalsFields() throws Exception {
    Dossier d = Fixtures.returnedDossier();
    Evaluation e = Fixtures.evaluations().get(0);
    JsonNode record = new ObjectMapper().readTree(PortalDossiers.toJson(d, e));
    JsonNode h = record.get("DongBoHoSoMC");
    assertEquals("20250310170000", h.get("NgayHenTra").asText());
    assertEquals("20250311160000", h.get("NgayKetThucXuLy").asText());
    JsonNode handOver = record.get("CapNhatTienDoHoSoMC").get(1);
    assertEquals(4, handOver.get("TrangThai").asInt());
    StepRecord appraisal = e.steps().get(1);
    assertEquals(1, appraisal.startEventIndex());
    assertEquals("20250303140000", handOver.get("NgayBatDau").asText());
    assertEquals(
        LocalDateTime.ofInstant(appraisal.dueAt().get(), ZoneId.of("Asia/Ho_Chi_Minh"))
            .format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")),
        handOver.get("NgayKetThucTheoQuyDinh").asText());
    // The extra fields are part of the shape: the record reads back as the log alone does.
    assertEquals(
        PortalDossiers.read(PortalDossiers.toJson(d), "s", ONLINE),
        PortalDossiers.read(PortalDossiers.toJson(d, e), "s", ONLINE));
  }

  @Test
  void anEvaluationOfAnotherDossierIsRefused() {
    Dossier other = Fixtures.apologisedDossier();
    Evaluation e = Fixtures.evaluations().get(0);
    assertThrows(IllegalArgumentException.class, () -> PortalDossiers.toJson(other, e));
  }

  @Test
  void aDossierWithoutReceiptCannotBeWritten() {
    Dossier d = Dossier.builder().code("X").procedureCode("1").receivingUnit("U").build();
    assertThrows(IllegalArgumentException.class, () -> PortalDossiers.toJson(d));
  }
}
