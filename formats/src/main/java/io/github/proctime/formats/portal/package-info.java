/**
 * The national portal's (Cổng Dịch vụ công quốc gia) dossier sync shape: {@link
 * io.github.proctime.formats.portal.PortalDossiers} reads a dossier's status history from it and
 * writes a dossier back as the portal's fields; {@link
 * io.github.proctime.formats.portal.PortalStatus} holds the status codes 1 to 10.
 *
 * <p>The shape comes from {@code shared/domain/regulations.md} §4 (DongBoHoSoMC and
 * CapNhatTienDoHoSoMC as found in a public vendor integration). The sources name the fields but not
 * always their meaning, so every choice below is this library's reading, UNCONFIRMED unless a
 * section is cited; the two that change results are settings of {@link
 * io.github.proctime.formats.portal.PortalMapping}.
 *
 * <h2>Reading (portal to proctime)</h2>
 *
 * <ul>
 *   <li>Timestamps are {@code yyyyMMddHHmmss}, local time in Asia/Ho_Chi_Minh (§4): the zone is
 *       given by the portal's rules, not guessed. Anything else is {@code INVALID_DATE_TIME}.
 *   <li>{@code MaHoSo} → code, {@code MaTTHC} → procedure code, {@code DonViXuLy} → receiving unit
 *       (all three required), {@code ChuHoSo} → applicant. The channel comes from {@link
 *       io.github.proctime.formats.portal.PortalMapping#channel()}.
 *   <li>{@code NgayTiepNhan} (required) → the RECEIVED event, unit {@code DonViXuLy}. The first
 *       progress update with status 2 names its official ({@code NguoiXuLy}) and unit ({@code
 *       PhongBanXuLy}); its time is not used, {@code NgayTiepNhan} is.
 *   <li>The portal keeps one timestamp per event, so {@code recordedAt = occurredAt} for every
 *       event read from it: a late recording cannot be seen in portal data.
 *   <li>Each {@code DanhSachHoSoBoSung} entry → SUPPLEMENT_REQUESTED at {@code NgayBoSung}
 *       (required; official {@code NguoiYeuCauBoSung}, note {@code NoiDungBoSung}) and, when {@code
 *       NgayTiepNhanBoSung} is present, SUPPLEMENT_RECEIVED at it (official {@code
 *       NguoiTiepNhanBoSung}). {@code NgayHenTraMoi} becomes the new appointment of the
 *       SUPPLEMENT_RECEIVED event (of the request while no receipt exists).
 *   <li>Printed appointment: the first supplement entry's {@code NgayHenTraTruoc} when present (the
 *       appointment before any supplement moved it), otherwise {@code NgayHenTra}.
 *   <li>Progress updates ({@code CapNhatTienDoHoSoMC}), taken in {@code ThoiDiemXuLy} order, by
 *       {@code TrangThai}: 1 (registered, before receipt) → no event; 2 → names the receipt, as
 *       above; 3 Không được tiếp nhận → REFUSED; 4 Đang xử lý → HANDED_OVER at {@code ThoiDiemXuLy}
 *       from the previous holder to {@code NguoiXuLy}/{@code PhongBanXuLy}; 5 → no event of its
 *       own: it must match a supplement entry's {@code NgayBoSung} ({@code INCONSISTENT_DOSSIER}
 *       otherwise), which gives the event; 6 → FINANCIAL_OBLIGATION_REQUESTED (ended by the next
 *       update, see {@link io.github.proctime.formats.portal.PortalMapping}); 7 → WITHDRAWN; 8 Dừng
 *       xử lý → STOPPED; 9 Đã xử lý xong → RESULT_READY; 10 → RESULT_RETURNED. {@code NoiDungXuLy}
 *       becomes the event's note. An update's {@code MaHoSo}, when given, must be the dossier's.
 *   <li>{@code TrangThaiHoSo} (required, 1 to 10): when it is terminal (3, 7, 8, 9, 10) and no
 *       progress update carries it, the terminal event is made at {@code NgayKetThucXuLy} (required
 *       then); for 10, RESULT_READY at {@code NgayKetThucXuLy} if given and RESULT_RETURNED at
 *       {@code NgayTra} (required then). Otherwise it is not compared with the updates.
 *   <li>Status codes may be JSON integers or strings of digits; other codes are {@code
 *       UNKNOWN_VALUE}.
 *   <li>Fields of the shape that proctime has no place for are accepted and not read: TenTTHC,
 *       MaLinhVuc, TenLinhVuc, LoaiDoiTuong, MaDoiTuong, ThongTinKhac, Email, Fax, SoDienThoai,
 *       TrichYeuHoSo, ThongTinTra, HinhThuc, GhiChu, TaiLieuNop, DanhSachLePhi,
 *       DanhSachTepDinhKemKhac, DanhSachGiayToKetQua; in supplement entries HoSoBoSungId,
 *       ThongTinTiepNhan, TrangThaiBoSung, DanhSachGiayToBoSung, DanhSachLePhiBoSung; in progress
 *       updates ChucDanh, NgayBatDau and NgayKetThucTheoQuyDinh (proctime computes step deadlines
 *       from the procedure's internal process). Any other field is {@code UNKNOWN_FIELD}.
 *   <li>Events are ordered by time; at equal times the receipt comes first, then supplements, then
 *       progress updates.
 * </ul>
 *
 * <h2>Writing (proctime to portal)</h2>
 *
 * <ul>
 *   <li>Timestamps are printed as {@code yyyyMMddHHmmss} in Asia/Ho_Chi_Minh; fractions of a second
 *       are dropped.
 *   <li>{@code TrangThaiHoSo} is the status after the last event that changes it (RECEIVED 2;
 *       HANDED_OVER, SUPPLEMENT_RECEIVED, FINANCIAL_OBLIGATION_FULFILLED, RESUMED 4;
 *       SUPPLEMENT_REQUESTED 5; FINANCIAL_OBLIGATION_REQUESTED 6; WITHDRAWN 7; STOPPED 8;
 *       RESULT_READY 9; RESULT_RETURNED 10; REFUSED 3).
 *   <li>{@code NgayKetThucXuLy} follows the 766 method's priority (§3.2): the first RESULT_READY,
 *       else RESULT_RETURNED, else the last STOPPED, REFUSED or WITHDRAWN. {@code NgayTra} is the
 *       RESULT_RETURNED time.
 *   <li>{@code NgayHenTra} is the appointment after the last supplement that moved it, else the
 *       printed appointment; each supplement entry carries the appointment before and after it.
 *   <li>One progress update per RECEIVED (2), HANDED_OVER (4, {@code NguoiXuLy} = the receiving
 *       official), SUPPLEMENT_REQUESTED (5), FINANCIAL_OBLIGATION_REQUESTED (6), REFUSED (3),
 *       WITHDRAWN (7), STOPPED (8), RESULT_READY (9) and RESULT_RETURNED (10).
 *   <li>Not written, because the shape in the sources has no place for them: STEP_COMPLETED,
 *       PAUSED, RESUMED, FINANCIAL_OBLIGATION_FULFILLED and APOLOGY_ISSUED events (and so an
 *       apology's new appointment), recordedAt, the channel, and the step, reason and unit of a
 *       hand-over's sender. A dossier read back from the portal therefore differs from the one
 *       written when it had any of these.
 *   <li>With an evaluation ({@link
 *       io.github.proctime.formats.portal.PortalDossiers#toJson(io.github.proctime.core.Dossier,
 *       io.github.proctime.core.Evaluation)}): {@code NgayHenTra} is the appointment the applicant
 *       holds (rescheduled, else printed, else statutory due), deliberately not the due time
 *       extended by pauses, because the 766 method subtracts supplement time itself (§3.2); {@code
 *       NgayKetThucXuLy} is when the evaluation's clock stopped; progress updates that start a step
 *       carry {@code NgayBatDau} and {@code NgayKetThucTheoQuyDinh} from the step ledger.
 * </ul>
 *
 * <p>Every method throws {@link java.lang.NullPointerException} naming the parameter when given a
 * null argument.
 */
package io.github.proctime.formats.portal;
