package io.github.proctime.formats.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierEvent;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.EventType;
import io.github.proctime.core.StepRecord;
import io.github.proctime.core.TimelineEvaluation;
import io.github.proctime.formats.FormatRule;
import io.github.proctime.formats.portal.PortalMapping;
import io.github.proctime.formats.portal.PortalStatus;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Maps one record {@code {"DongBoHoSoMC": {...}, "CapNhatTienDoHoSoMC": [...]}} of the national
 * portal's sync shape to a dossier and back. The mapping choices are documented in the package
 * {@code io.github.proctime.formats.portal}.
 */
public final class PortalCodec {
  /** The format name of the NDJSON header line. */
  public static final String FORMAT = "proctime.portal-sync";

  /** The only format version. */
  public static final int VERSION = 1;

  /** The keys of one record. */
  public static final Set<String> RECORD_FIELDS = Set.of("DongBoHoSoMC", "CapNhatTienDoHoSoMC");

  /** The DongBoHoSoMC fields (regulations.md §4); those not mapped are accepted and not read. */
  public static final Set<String> DOSSIER_FIELDS =
      Set.of(
          "MaHoSo",
          "MaTTHC",
          "TenTTHC",
          "MaLinhVuc",
          "TenLinhVuc",
          "ChuHoSo",
          "LoaiDoiTuong",
          "MaDoiTuong",
          "ThongTinKhac",
          "Email",
          "Fax",
          "SoDienThoai",
          "TrichYeuHoSo",
          "NgayTiepNhan",
          "NgayHenTra",
          "TrangThaiHoSo",
          "NgayTra",
          "ThongTinTra",
          "HinhThuc",
          "NgayKetThucXuLy",
          "DonViXuLy",
          "GhiChu",
          "TaiLieuNop",
          "DanhSachLePhi",
          "DanhSachTepDinhKemKhac",
          "DanhSachHoSoBoSung",
          "DanhSachGiayToKetQua");

  /** The fields of a DanhSachHoSoBoSung entry. */
  public static final Set<String> SUPPLEMENT_FIELDS =
      Set.of(
          "HoSoBoSungId",
          "NguoiYeuCauBoSung",
          "NoiDungBoSung",
          "NgayBoSung",
          "NguoiTiepNhanBoSung",
          "ThongTinTiepNhan",
          "NgayTiepNhanBoSung",
          "TrangThaiBoSung",
          "DanhSachGiayToBoSung",
          "DanhSachLePhiBoSung",
          "NgayHenTraTruoc",
          "NgayHenTraMoi");

  /** The fields of a CapNhatTienDoHoSoMC progress update. */
  public static final Set<String> UPDATE_FIELDS =
      Set.of(
          "MaHoSo",
          "NguoiXuLy",
          "ChucDanh",
          "ThoiDiemXuLy",
          "PhongBanXuLy",
          "NoiDungXuLy",
          "TrangThai",
          "NgayBatDau",
          "NgayKetThucTheoQuyDinh");

  private static final Set<PortalStatus> TERMINAL =
      EnumSet.of(
          PortalStatus.NOT_ACCEPTED,
          PortalStatus.WITHDRAWN,
          PortalStatus.STOPPED,
          PortalStatus.RESULT_READY,
          PortalStatus.RESULT_RETURNED);

  private PortalCodec() {}

  private record Update(
      PortalStatus status,
      Instant at,
      Optional<String> official,
      Optional<String> unit,
      Optional<String> note) {}

  private record Timed(DossierEvent event, int sequence) {}

  /**
   * Decodes one record.
   *
   * @param record the record object
   * @param mapping the open choices
   * @return the dossier
   */
  public static Dossier decode(JsonObjectView record, PortalMapping mapping) {
    record.allowOnly(RECORD_FIELDS);
    JsonObjectView h = record.requiredObject("DongBoHoSoMC");
    h.peekText("MaHoSo").ifPresent(record.place()::code);
    h.allowOnly(DOSSIER_FIELDS);
    String code = h.requiredText("MaHoSo");
    String unit = h.requiredText("DonViXuLy");
    Instant receivedAt = h.requiredPortalInstant("NgayTiepNhan");
    List<Timed> events = new ArrayList<>();

    // Supplements: requested at NgayBoSung, received at NgayTiepNhanBoSung.
    List<JsonObjectView> supplements = h.optionalObjects("DanhSachHoSoBoSung");
    Optional<Instant> printed = Optional.empty();
    List<Instant> requestTimes = new ArrayList<>();
    for (JsonObjectView s : supplements) {
      s.allowOnly(SUPPLEMENT_FIELDS);
      Instant requested = s.requiredPortalInstant("NgayBoSung");
      requestTimes.add(requested);
      Optional<Instant> before = s.optionalPortalInstant("NgayHenTraTruoc");
      if (printed.isEmpty()) {
        printed = before;
      }
      Optional<Instant> moved = s.optionalPortalInstant("NgayHenTraMoi");
      Optional<Instant> received = s.optionalPortalInstant("NgayTiepNhanBoSung");
      events.add(
          new Timed(
              DossierEvent.builder()
                  .type(EventType.SUPPLEMENT_REQUESTED)
                  .occurredAt(requested)
                  .recordedAt(requested)
                  .official(s.optionalText("NguoiYeuCauBoSung"))
                  .note(s.optionalText("NoiDungBoSung"))
                  .newAppointment(received.isPresent() ? Optional.empty() : moved)
                  .build(),
              events.size() + 1));
      if (received.isPresent()) {
        events.add(
            new Timed(
                DossierEvent.builder()
                    .type(EventType.SUPPLEMENT_RECEIVED)
                    .occurredAt(received.get())
                    .recordedAt(received.get())
                    .official(s.optionalText("NguoiTiepNhanBoSung"))
                    .newAppointment(moved)
                    .build(),
                events.size() + 1));
      }
    }
    if (printed.isEmpty()) {
      printed = h.optionalPortalInstant("NgayHenTra");
    }

    // Progress updates, in time order.
    List<Update> updates = new ArrayList<>();
    for (JsonObjectView u : record.optionalObjects("CapNhatTienDoHoSoMC")) {
      u.allowOnly(UPDATE_FIELDS);
      Optional<String> updateCode = u.optionalText("MaHoSo");
      if (updateCode.isPresent() && !updateCode.get().equals(code)) {
        throw u.problem(FormatRule.INCONSISTENT_DOSSIER, "MaHoSo")
            .detail("the progress update belongs to another dossier than " + code)
            .build();
      }
      PortalStatus status = status(u, "TrangThai");
      Instant at = u.requiredPortalInstant("ThoiDiemXuLy");
      if (status == PortalStatus.SUPPLEMENT_REQUESTED && !requestTimes.contains(at)) {
        throw u.problem(FormatRule.INCONSISTENT_DOSSIER, "ThoiDiemXuLy")
            .detail("a status-5 update must match a DanhSachHoSoBoSung entry's NgayBoSung")
            .build();
      }
      updates.add(
          new Update(
              status,
              at,
              u.optionalText("NguoiXuLy"),
              u.optionalText("PhongBanXuLy"),
              u.optionalText("NoiDungXuLy")));
    }
    updates.sort(Comparator.comparing(Update::at));

    DossierEvent.Builder receipt =
        DossierEvent.builder()
            .type(EventType.RECEIVED)
            .occurredAt(receivedAt)
            .recordedAt(receivedAt)
            .unit(unit);
    Optional<String> holder = Optional.empty();
    Optional<String> holderUnit = Optional.of(unit);
    boolean receiptNamed = false;
    boolean obligationOpen = false;
    Set<PortalStatus> seen = EnumSet.noneOf(PortalStatus.class);
    for (Update u : updates) {
      seen.add(u.status);
      if (obligationOpen
          && u.status != PortalStatus.FINANCIAL_OBLIGATION_REQUESTED
          && mapping.financialObligationEndsAtNextUpdate()) {
        events.add(
            new Timed(
                DossierEvent.builder()
                    .type(EventType.FINANCIAL_OBLIGATION_FULFILLED)
                    .occurredAt(u.at)
                    .recordedAt(u.at)
                    .build(),
                events.size() + 1));
        obligationOpen = false;
      }
      switch (u.status) {
        case NEWLY_REGISTERED, SUPPLEMENT_REQUESTED -> {}
        case RECEIVED -> {
          if (!receiptNamed) {
            receipt.official(u.official);
            u.unit.ifPresent(receipt::unit);
            holder = u.official;
            holderUnit = u.unit.isPresent() ? u.unit : holderUnit;
            receiptNamed = true;
          }
        }
        case IN_PROGRESS -> {
          events.add(
              new Timed(
                  DossierEvent.builder()
                      .type(EventType.HANDED_OVER)
                      .occurredAt(u.at)
                      .recordedAt(u.at)
                      .official(holder)
                      .unit(holderUnit)
                      .toOfficial(u.official)
                      .toUnit(u.unit)
                      .note(u.note)
                      .build(),
                  events.size() + 1));
          holder = u.official;
          holderUnit = u.unit;
        }
        default -> {
          obligationOpen = u.status == PortalStatus.FINANCIAL_OBLIGATION_REQUESTED;
          events.add(
              new Timed(
                  DossierEvent.builder()
                      .type(u.status.eventType().orElseThrow())
                      .occurredAt(u.at)
                      .recordedAt(u.at)
                      .official(u.official)
                      .unit(u.unit)
                      .note(u.note)
                      .build(),
                  events.size() + 1));
        }
      }
    }

    // A terminal TrangThaiHoSo that no progress update carries becomes an event of its own.
    PortalStatus current = status(h, "TrangThaiHoSo");
    if (TERMINAL.contains(current) && !seen.contains(current)) {
      if (current == PortalStatus.RESULT_RETURNED) {
        if (!seen.contains(PortalStatus.RESULT_READY) && h.has("NgayKetThucXuLy")) {
          events.add(
              terminal(EventType.RESULT_READY, h.requiredPortalInstant("NgayKetThucXuLy"), events));
        }
        events.add(terminal(EventType.RESULT_RETURNED, h.requiredPortalInstant("NgayTra"), events));
      } else {
        events.add(
            terminal(
                current.eventType().orElseThrow(),
                h.requiredPortalInstant("NgayKetThucXuLy"),
                events));
      }
    }

    events.add(new Timed(receipt.build(), 0));
    events.sort(
        Comparator.comparing((Timed t) -> t.event.occurredAt()).thenComparing(Timed::sequence));
    Dossier.Builder b =
        Dossier.builder()
            .code(code)
            .procedureCode(h.requiredText("MaTTHC"))
            .receivingUnit(unit)
            .channel(mapping.channel())
            .applicant(h.optionalText("ChuHoSo"))
            .printedAppointment(printed);
    for (Timed t : events) {
      b.addEvents(t.event);
    }
    return b.build();
  }

  private static Timed terminal(EventType type, Instant at, List<Timed> events) {
    return new Timed(
        DossierEvent.builder().type(type).occurredAt(at).recordedAt(at).build(), events.size() + 1);
  }

  private static PortalStatus status(JsonObjectView o, String field) {
    int code = o.requiredIntOrDigits(field);
    try {
      return PortalStatus.ofCode(code);
    } catch (IllegalArgumentException e) {
      throw o.problem(FormatRule.UNKNOWN_VALUE, field).detail("valid codes are 1 - 10").build();
    }
  }

  /** The portal status an event leaves the dossier in, or null if it does not change it. */
  private static PortalStatus statusAfter(EventType type) {
    return switch (type) {
      case RECEIVED -> PortalStatus.RECEIVED;
      case HANDED_OVER, SUPPLEMENT_RECEIVED, FINANCIAL_OBLIGATION_FULFILLED, RESUMED ->
          PortalStatus.IN_PROGRESS;
      case SUPPLEMENT_REQUESTED -> PortalStatus.SUPPLEMENT_REQUESTED;
      case FINANCIAL_OBLIGATION_REQUESTED -> PortalStatus.FINANCIAL_OBLIGATION_REQUESTED;
      case RESULT_READY -> PortalStatus.RESULT_READY;
      case RESULT_RETURNED -> PortalStatus.RESULT_RETURNED;
      case REFUSED -> PortalStatus.NOT_ACCEPTED;
      case STOPPED -> PortalStatus.STOPPED;
      case WITHDRAWN -> PortalStatus.WITHDRAWN;
      case STEP_COMPLETED, PAUSED, APOLOGY_ISSUED -> null;
    };
  }

  /**
   * Writes one record.
   *
   * @param d the dossier; must have a RECEIVED event
   * @param g the generator
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the dossier has no RECEIVED event
   */
  public static void encode(Dossier d, JsonGenerator g) throws IOException {
    encode(d, null, g);
  }

  /**
   * Writes one record with the results of an evaluation: the appointment, the end of processing and
   * each step's start and due time.
   *
   * @param d the dossier; must have a RECEIVED event
   * @param evaluation its evaluation, or null to write the log only
   * @param g the generator
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the dossier has no RECEIVED event, or the evaluation is of
   *     another dossier
   */
  public static void encode(Dossier d, Evaluation evaluation, JsonGenerator g) throws IOException {
    if (evaluation != null && !evaluation.dossierCode().equals(d.code())) {
      throw new IllegalArgumentException(
          "The evaluation of dossier "
              + evaluation.dossierCode()
              + " cannot be written with dossier "
              + d.code());
    }
    Instant receivedAt =
        d.receivedAt()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Dossier "
                            + d.code()
                            + " has no RECEIVED event: the portal requires NgayTiepNhan"));
    PortalStatus current = PortalStatus.RECEIVED;
    Optional<Instant> ready = Optional.empty();
    Optional<Instant> returned = Optional.empty();
    Optional<Instant> ended = Optional.empty();
    for (DossierEvent e : d.events()) {
      PortalStatus s = statusAfter(e.type());
      if (s != null) {
        current = s;
      }
      switch (e.type()) {
        case RESULT_READY -> {
          if (ready.isEmpty()) {
            ready = Optional.of(e.occurredAt());
          }
        }
        case RESULT_RETURNED -> returned = Optional.of(e.occurredAt());
        case REFUSED, STOPPED, WITHDRAWN -> ended = Optional.of(e.occurredAt());
        default -> {}
      }
    }
    // regulations.md §3.2: Đã xử lý xong > Đã trả kết quả > Dừng xử lý/Từ chối.
    Optional<Instant> endOfProcessing =
        ready.isPresent() ? ready : returned.isPresent() ? returned : ended;
    if (evaluation != null && evaluation.occurred().endedAt().isPresent()) {
      endOfProcessing = evaluation.occurred().endedAt();
    }

    g.writeStartObject();
    g.writeObjectFieldStart("DongBoHoSoMC");
    g.writeStringField("MaHoSo", d.code());
    g.writeStringField("MaTTHC", d.procedureCode());
    text(g, "ChuHoSo", d.applicant());
    g.writeStringField("NgayTiepNhan", Times.printPortal(receivedAt));
    Optional<Instant> appointment = d.printedAppointment();
    List<DossierEvent> supplementEvents = new ArrayList<>();
    for (DossierEvent e : d.events()) {
      if (e.type() == EventType.SUPPLEMENT_REQUESTED || e.type() == EventType.SUPPLEMENT_RECEIVED) {
        supplementEvents.add(e);
      }
    }
    List<Optional<Instant>> before = new ArrayList<>();
    List<Optional<Instant>> after = new ArrayList<>();
    List<DossierEvent[]> pairs = new ArrayList<>();
    for (int i = 0; i < supplementEvents.size(); i++) {
      DossierEvent e = supplementEvents.get(i);
      if (e.type() != EventType.SUPPLEMENT_REQUESTED) {
        continue; // a receipt without a request has no entry to go in
      }
      DossierEvent receipt =
          i + 1 < supplementEvents.size()
                  && supplementEvents.get(i + 1).type() == EventType.SUPPLEMENT_RECEIVED
              ? supplementEvents.get(i + 1)
              : null;
      Optional<Instant> moved =
          receipt != null && receipt.newAppointment().isPresent()
              ? receipt.newAppointment()
              : e.newAppointment();
      before.add(appointment);
      after.add(moved);
      if (moved.isPresent()) {
        appointment = moved;
      }
      pairs.add(new DossierEvent[] {e, receipt});
    }
    if (evaluation != null) {
      // The appointment the applicant holds, not dueAt: the 766 method subtracts supplement time
      // from the end itself (regulations.md §3.2), so an extended due time would count it twice.
      TimelineEvaluation t = evaluation.occurred();
      appointment =
          Optional.of(
              t.rescheduledAppointment().isPresent()
                  ? t.rescheduledAppointment().get()
                  : t.baseDue());
    }
    instant(g, "NgayHenTra", appointment);
    g.writeNumberField("TrangThaiHoSo", current.code());
    instant(g, "NgayTra", returned);
    instant(g, "NgayKetThucXuLy", endOfProcessing);
    g.writeStringField("DonViXuLy", d.receivingUnit());
    if (!pairs.isEmpty()) {
      g.writeArrayFieldStart("DanhSachHoSoBoSung");
      for (int i = 0; i < pairs.size(); i++) {
        DossierEvent request = pairs.get(i)[0];
        DossierEvent receipt = pairs.get(i)[1];
        g.writeStartObject();
        text(g, "NguoiYeuCauBoSung", request.official());
        text(g, "NoiDungBoSung", request.note());
        g.writeStringField("NgayBoSung", Times.printPortal(request.occurredAt()));
        if (receipt != null) {
          text(g, "NguoiTiepNhanBoSung", receipt.official());
          g.writeStringField("NgayTiepNhanBoSung", Times.printPortal(receipt.occurredAt()));
        }
        instant(g, "NgayHenTraTruoc", before.get(i));
        instant(g, "NgayHenTraMoi", after.get(i));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();

    g.writeArrayFieldStart("CapNhatTienDoHoSoMC");
    for (int i = 0; i < d.events().size(); i++) {
      DossierEvent e = d.events().get(i);
      PortalStatus s =
          switch (e.type()) {
            case RECEIVED -> PortalStatus.RECEIVED;
            case HANDED_OVER -> PortalStatus.IN_PROGRESS;
            case SUPPLEMENT_REQUESTED -> PortalStatus.SUPPLEMENT_REQUESTED;
            case FINANCIAL_OBLIGATION_REQUESTED -> PortalStatus.FINANCIAL_OBLIGATION_REQUESTED;
            case REFUSED -> PortalStatus.NOT_ACCEPTED;
            case WITHDRAWN -> PortalStatus.WITHDRAWN;
            case STOPPED -> PortalStatus.STOPPED;
            case RESULT_READY -> PortalStatus.RESULT_READY;
            case RESULT_RETURNED -> PortalStatus.RESULT_RETURNED;
            default -> null;
          };
      if (s == null) {
        continue;
      }
      boolean handOver = e.type() == EventType.HANDED_OVER;
      g.writeStartObject();
      g.writeStringField("MaHoSo", d.code());
      text(g, "NguoiXuLy", handOver ? e.toOfficial() : e.official());
      g.writeStringField("ThoiDiemXuLy", Times.printPortal(e.occurredAt()));
      text(g, "PhongBanXuLy", handOver ? e.toUnit() : e.unit());
      text(g, "NoiDungXuLy", e.note());
      g.writeNumberField("TrangThai", s.code());
      if (evaluation != null) {
        for (StepRecord step : evaluation.occurred().steps()) {
          if (step.startEventIndex() == i) {
            g.writeStringField("NgayBatDau", Times.printPortal(step.startedAt()));
            instant(g, "NgayKetThucTheoQuyDinh", step.dueAt());
          }
        }
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  private static void instant(JsonGenerator g, String name, Optional<Instant> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, Times.printPortal(value.get()));
    }
  }
}
