package io.github.proctime.formats.internal.html;

import io.github.proctime.calendar.CalendarDay;
import io.github.proctime.calendar.DayKind;
import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingSession;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.PauseRecord;
import io.github.proctime.core.StepRecord;
import io.github.proctime.core.Timeline;
import io.github.proctime.core.TimelineEvaluation;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Draws the timeline picture of a dossier; see {@link
 * io.github.proctime.formats.html.TimelinePictures} for what it shows.
 *
 * <p>The horizontal axis has one column per calendar day. A working day is wide and its instants
 * are placed by the working time elapsed in its sessions (nights and the lunch break take no room);
 * a day that is not a working day is narrow, shaded, and its instants are placed by clock time.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TimelineSvg {
  private static final double WIDTH = 1200;
  private static final double LABEL_WIDTH = 230;
  private static final double RIGHT_MARGIN = 20;
  private static final double CHART_WIDTH = WIDTH - LABEL_WIDTH - RIGHT_MARGIN;
  private static final double NON_WORKING_WEIGHT = 0.35;
  private static final double HEADER_TOP = 22;
  private static final double AXIS_TOP = 64;
  private static final double LANE_HEIGHT = 56;
  private static final double CHAR_WIDTH = 6.2;

  private final WorkingCalendar calendar;
  private final ZoneId zone;
  private final String id;
  private final List<LocalDate> days = new ArrayList<>();
  private final List<Double> dayX = new ArrayList<>();
  private final List<Double> dayWidth = new ArrayList<>();

  private TimelineSvg(WorkingCalendar calendar, String idPrefix) {
    this.calendar = calendar;
    this.zone = calendar.zone();
    this.id = idPrefix;
  }

  /**
   * Draws the picture.
   *
   * @param evaluation the evaluation
   * @param calendar the working calendar
   * @param timeline which timeline to draw
   * @param standalone true for a standalone SVG file (with an XML declaration), false for an
   *     element to inline in HTML
   * @param idPrefix prefix of the pattern identifiers, unique within the embedding document
   * @return the SVG markup
   */
  public static String render(
      Evaluation evaluation,
      WorkingCalendar calendar,
      Timeline timeline,
      boolean standalone,
      String idPrefix) {
    return new TimelineSvg(calendar, idPrefix).draw(evaluation, timeline, standalone);
  }

  private String draw(Evaluation evaluation, Timeline timeline, boolean standalone) {
    TimelineEvaluation t = evaluation.on(timeline);
    Instant clockEnd = t.endedAt().orElse(evaluation.asOf());
    layDays(t, evaluation.asOf(), clockEnd);

    Map<String, List<StepRecord>> lanes = new LinkedHashMap<>();
    for (StepRecord step : t.steps()) {
      String key = step.holderOfficial().orElse("") + "\u0000" + unitOf(step);
      lanes.computeIfAbsent(key, k -> new ArrayList<>()).add(step);
    }
    boolean pauseLane = !t.pauses().isEmpty();
    double lanesTop = AXIS_TOP + 44;
    int laneCount = lanes.size() + (pauseLane ? 1 : 0);
    double lanesBottom = lanesTop + laneCount * LANE_HEIGHT;
    List<Marker> markers = markers(evaluation, t);
    int markerRows = placeMarkerLabels(markers);
    double markerLabelsTop = lanesBottom + 14;
    List<String> daysOff = daysOffNotes();
    double notesTop = markerLabelsTop + markerRows * 15 + 8;
    double legendTop = notesTop + daysOff.size() * 14 + 16;
    double height = legendTop + 56;

    Markup out = new Markup();
    if (standalone) {
      out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").nl();
    }
    out.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .raw(num(WIDTH))
        .raw("\" height=\"")
        .raw(num(height))
        .raw("\" viewBox=\"0 0 ")
        .raw(num(WIDTH))
        .raw(" ")
        .raw(num(height))
        .raw("\" font-family=\"'DejaVu Sans', 'Liberation Sans', Arial, sans-serif\"")
        .raw(" font-size=\"11\" role=\"img\">")
        .nl();
    String title =
        "Dòng thời gian hồ sơ "
            + evaluation.dossierCode()
            + " — thủ tục "
            + evaluation.procedureCode();
    out.element("title", title).nl();
    defs(out);
    out.raw("<rect x=\"0\" y=\"0\" width=\"")
        .raw(num(WIDTH))
        .raw("\" height=\"")
        .raw(num(height))
        .raw("\" fill=\"#ffffff\"/>")
        .nl();
    out.element(
            "text x=\"10\" y=\"" + num(HEADER_TOP) + "\" font-size=\"15\" font-weight=\"bold\"",
            title)
        .nl();
    String subtitle =
        "Tình trạng: "
            + t.state().vietnameseLabel()
            + " — đánh giá lúc "
            + Texts.shortInstant(evaluation.asOf(), zone)
            + " — "
            + (timeline == Timeline.OCCURRED
                ? "theo thời điểm xảy ra"
                : "theo thời điểm ghi nhận vào hệ thống")
            + " — trục thời gian: ngày làm việc (N1, N2, … tính từ ngày bắt đầu tính thời hạn)";
    out.element("text x=\"10\" y=\"" + num(HEADER_TOP + 20) + "\"", subtitle).nl();

    axis(out, t, lanesTop, lanesBottom);

    int lane = 0;
    for (List<StepRecord> steps : lanes.values()) {
      double y = lanesTop + lane * LANE_HEIGHT;
      laneFrame(out, y, lane);
      StepRecord first = steps.get(0);
      out.element(
              "text x=\"10\" y=\"" + num(y + 22) + "\" font-weight=\"bold\"",
              clip(first.holderOfficial().orElse("(không rõ cán bộ)"), 34))
          .nl();
      out.element(
              "text x=\"10\" y=\"" + num(y + 38) + "\" fill=\"#333333\"", clip(unitOf(first), 36))
          .nl();
      for (StepRecord step : steps) {
        stepBars(out, step, y, clockEnd);
      }
      lane++;
    }
    if (pauseLane) {
      double y = lanesTop + lane * LANE_HEIGHT;
      laneFrame(out, y, lane);
      out.element("text x=\"10\" y=\"" + num(y + 22) + "\" font-weight=\"bold\"", "Tạm dừng,").nl();
      out.element("text x=\"10\" y=\"" + num(y + 38) + "\"", "chờ bổ sung").nl();
      int row = 0;
      for (PauseRecord pause : t.pauses()) {
        pauseBar(out, pause, y, clockEnd, row++ % 2, lanesTop);
      }
    }

    for (Marker m : markers) {
      double x = x(m.at);
      out.raw("<line x1=\"")
          .raw(num(x))
          .raw("\" y1=\"")
          .raw(num(AXIS_TOP + 36))
          .raw("\" x2=\"")
          .raw(num(x))
          .raw("\" y2=\"")
          .raw(num(markerLabelsTop + m.row * 15 - 10))
          .raw("\" stroke=\"#000000\" stroke-width=\"")
          .raw(m.width)
          .raw("\"")
          .raw(m.dash.isEmpty() ? "" : " stroke-dasharray=\"" + m.dash + "\"")
          .raw(">");
      out.element("title", m.label).raw("</line>").nl();
      double labelY = markerLabelsTop + m.row * 15;
      out.element(
              "text x=\""
                  + num(m.labelX)
                  + "\" y=\""
                  + num(labelY)
                  + "\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\""
                  + (m.anchorEnd ? " text-anchor=\"end\"" : ""),
              m.label)
          .nl();
    }

    for (int i = 0; i < daysOff.size(); i++) {
      out.element(
              "text x=\"10\" y=\"" + num(notesTop + 6 + i * 14) + "\" font-size=\"10\"",
              daysOff.get(i))
          .nl();
    }
    legend(out, legendTop);
    out.raw("</svg>").nl();
    return out.toString();
  }

  // ---- days and the x axis ------------------------------------------------------------------

  private void layDays(TimelineEvaluation t, Instant asOf, Instant clockEnd) {
    Instant last = latest(t, asOf, clockEnd);
    LocalDate first = t.receivedAt().atZone(zone).toLocalDate();
    LocalDate end = last.atZone(zone).toLocalDate().plusDays(1);
    if (end.isAfter(calendar.coverageEnd())) {
      end = last.atZone(zone).toLocalDate();
    }
    double weights = 0;
    for (LocalDate d = first; !d.isAfter(end); d = d.plusDays(1)) {
      days.add(d);
      weights += calendar.isWorkingDay(d) ? 1 : NON_WORKING_WEIGHT;
    }
    double unit = CHART_WIDTH / weights;
    double x = LABEL_WIDTH;
    for (LocalDate d : days) {
      double w = (calendar.isWorkingDay(d) ? 1 : NON_WORKING_WEIGHT) * unit;
      dayX.add(x);
      dayWidth.add(w);
      x += w;
    }
  }

  private static Instant latest(TimelineEvaluation t, Instant asOf, Instant clockEnd) {
    List<Instant> all = new ArrayList<>();
    all.add(asOf);
    all.add(clockEnd);
    all.add(t.dueAt());
    all.add(t.statutoryDue());
    all.add(t.baseDue());
    t.rescheduledAppointment().ifPresent(all::add);
    t.printedAppointment().ifPresent(all::add);
    for (StepRecord s : t.steps()) {
      s.dueAt().ifPresent(all::add);
      s.heldUntil().ifPresent(all::add);
    }
    for (PauseRecord p : t.pauses()) {
      p.endedAt().ifPresent(all::add);
    }
    Instant latest = asOf;
    for (Instant i : all) {
      if (i.isAfter(latest)) {
        latest = i;
      }
    }
    return latest;
  }

  private double x(Instant instant) {
    ZonedDateTime local = instant.atZone(zone);
    LocalDate date = local.toLocalDate();
    if (date.isBefore(days.get(0))) {
      return dayX.get(0);
    }
    int i = (int) (date.toEpochDay() - days.get(0).toEpochDay());
    if (i >= days.size()) {
      return dayX.get(days.size() - 1) + dayWidth.get(days.size() - 1);
    }
    return dayX.get(i) + dayWidth.get(i) * fractionOfDay(date, local.toLocalTime());
  }

  private double fractionOfDay(LocalDate date, LocalTime time) {
    List<WorkingSession> sessions = calendar.sessions(date);
    if (sessions.isEmpty()) {
      return time.toSecondOfDay() / 86400.0;
    }
    long total = 0;
    long before = 0;
    for (WorkingSession s : sessions) {
      long length = s.length().getSeconds();
      total += length;
      if (!time.isBefore(s.end())) {
        before += length;
      } else if (time.isAfter(s.start())) {
        before += Duration.between(s.start(), time).getSeconds();
      }
    }
    return total == 0 ? 0 : (double) before / total;
  }

  private void axis(Markup out, TimelineEvaluation t, double lanesTop, double lanesBottom) {
    LocalDate clockStartDate = t.clockStart().atZone(zone).toLocalDate();
    int ordinal = 0;
    double lastLabelEnd = -1;
    double axisY = AXIS_TOP;
    out.raw("<g>").nl();
    for (int i = 0; i < days.size(); i++) {
      LocalDate d = days.get(i);
      double x = dayX.get(i);
      double w = dayWidth.get(i);
      CalendarDay day = calendar.day(d);
      if (!day.isWorking()) {
        out.raw("<rect x=\"")
            .raw(num(x))
            .raw("\" y=\"")
            .raw(num(axisY))
            .raw("\" width=\"")
            .raw(num(w))
            .raw("\" height=\"")
            .raw(num(lanesBottom - axisY))
            .raw("\" fill=\"url(#")
            .raw(id)
            .raw("nonworking)\">");
        out.element("title", Texts.date(d) + ": " + day.kind().vietnameseLabel() + nameOf(day))
            .raw("</rect>")
            .nl();
      }
      out.raw("<line x1=\"")
          .raw(num(x))
          .raw("\" y1=\"")
          .raw(num(axisY))
          .raw("\" x2=\"")
          .raw(num(x))
          .raw("\" y2=\"")
          .raw(num(lanesBottom))
          .raw("\" stroke=\"#cccccc\" stroke-width=\"0.5\"/>")
          .nl();
      boolean counted = day.isWorking() && !d.isBefore(clockStartDate);
      if (counted) {
        ordinal++;
      }
      boolean wide = w >= 30 || day.isWorking();
      double half = wide ? 17 : 8;
      double cx = x + w / 2;
      if (cx - half >= lastLabelEnd && w >= 14) {
        out.element(
                "text x=\"" + num(cx) + "\" y=\"" + num(axisY + 12) + "\" text-anchor=\"middle\"",
                weekday(d))
            .nl();
        if (wide) {
          out.element(
                  "text x=\""
                      + num(cx)
                      + "\" y=\""
                      + num(axisY + 25)
                      + "\" text-anchor=\"middle\" font-size=\"10\"",
                  Texts.dayMonth(d))
              .nl();
        }
        if (counted) {
          out.element(
                  "text x=\""
                      + num(cx)
                      + "\" y=\""
                      + num(axisY + 38)
                      + "\" text-anchor=\"middle\" font-size=\"10\" font-weight=\"bold\"",
                  "N" + ordinal)
              .nl();
        }
        lastLabelEnd = cx + half + 2;
      }
    }
    out.raw("<line x1=\"")
        .raw(num(LABEL_WIDTH))
        .raw("\" y1=\"")
        .raw(num(lanesTop))
        .raw("\" x2=\"")
        .raw(num(LABEL_WIDTH + CHART_WIDTH))
        .raw("\" y2=\"")
        .raw(num(lanesTop))
        .raw("\" stroke=\"#000000\" stroke-width=\"1\"/>")
        .nl();
    out.raw("</g>").nl();
  }

  /** The days off other than plain weekends, named, in lines of bounded length. */
  private List<String> daysOffNotes() {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder("Ngày nghỉ lễ, tết, nghỉ bù (không tính thời hạn): ");
    int prefix = line.length();
    for (LocalDate d : days) {
      CalendarDay day = calendar.day(d);
      if (day.isWorking() || day.kind() == DayKind.WEEKEND) {
        continue;
      }
      String item =
          Texts.date(d) + " " + (day.name().isEmpty() ? day.kind().vietnameseLabel() : day.name());
      if (line.length() > prefix && line.length() + item.length() > 170) {
        lines.add(line.toString());
        line = new StringBuilder("  ");
        prefix = line.length();
      }
      if (line.length() > prefix) {
        line.append("; ");
      }
      line.append(item);
    }
    if (line.length() > prefix) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static String nameOf(CalendarDay day) {
    return day.name().isEmpty() ? "" : " — " + day.name();
  }

  private static String weekday(LocalDate d) {
    DayOfWeek w = d.getDayOfWeek();
    return w == DayOfWeek.SUNDAY ? "CN" : "T" + (w.getValue() + 1);
  }

  // ---- lanes ----------------------------------------------------------------------------------

  private void laneFrame(Markup out, double y, int lane) {
    out.raw("<rect x=\"0\" y=\"")
        .raw(num(y))
        .raw("\" width=\"")
        .raw(num(LABEL_WIDTH - 4))
        .raw("\" height=\"")
        .raw(num(LANE_HEIGHT))
        .raw("\" fill=\"")
        .raw(lane % 2 == 0 ? "#f4f4f4" : "#ffffff")
        .raw("\"/>")
        .nl();
    out.raw("<line x1=\"0\" y1=\"")
        .raw(num(y + LANE_HEIGHT))
        .raw("\" x2=\"")
        .raw(num(WIDTH - RIGHT_MARGIN))
        .raw("\" y2=\"")
        .raw(num(y + LANE_HEIGHT))
        .raw("\" stroke=\"#999999\" stroke-width=\"0.5\"/>")
        .nl();
  }

  private void stepBars(Markup out, StepRecord step, double y, Instant clockEnd) {
    double x0 = x(step.startedAt());
    Instant end = step.endedAt().orElse(clockEnd);
    double x1 = Math.max(x(end), x0 + 1);
    String stepName = step.stepName().or(step::stepId).orElse("Tiếp nhận, xử lý");
    out.raw("<g>").nl();
    out.element("title", tooltip(step, stepName)).nl();
    out.element(
            "text x=\"" + num(x0 + 2) + "\" y=\"" + num(y + 12) + "\" font-size=\"10\"", stepName)
        .nl();
    if (step.dueAt().isPresent()) {
      double xd = Math.max(x(step.dueAt().get()), x0 + 1);
      out.raw("<rect x=\"")
          .raw(num(x0))
          .raw("\" y=\"")
          .raw(num(y + 16))
          .raw("\" width=\"")
          .raw(num(xd - x0))
          .raw("\" height=\"12\" fill=\"#ffffff\" fill-opacity=\"0.6\" stroke=\"#000000\"")
          .raw(" stroke-width=\"1\" stroke-dasharray=\"4 3\"/>")
          .nl();
    }
    out.raw("<rect x=\"")
        .raw(num(x0))
        .raw("\" y=\"")
        .raw(num(y + 31))
        .raw("\" width=\"")
        .raw(num(x1 - x0))
        .raw("\" height=\"13\" fill=\"#5b84b1\" stroke=\"#000000\" stroke-width=\"0.8\"/>")
        .nl();
    if (step.heldUntil().isPresent() && step.endedAt().isPresent()) {
      double xh = x(step.heldUntil().get());
      if (xh > x1 + 1) {
        out.raw("<line x1=\"")
            .raw(num(x1))
            .raw("\" y1=\"")
            .raw(num(y + 37.5))
            .raw("\" x2=\"")
            .raw(num(xh))
            .raw("\" y2=\"")
            .raw(num(y + 37.5))
            .raw("\" stroke=\"#000000\" stroke-width=\"1\" stroke-dasharray=\"1 2\"/>")
            .nl();
      }
    }
    if (step.overrun().compareTo(Duration.ZERO) > 0 && step.dueAt().isPresent()) {
      double xd = Math.min(Math.max(x(step.dueAt().get()), x0), x1);
      out.raw("<rect x=\"")
          .raw(num(xd))
          .raw("\" y=\"")
          .raw(num(y + 31))
          .raw("\" width=\"")
          .raw(num(Math.max(x1 - xd, 2)))
          .raw("\" height=\"13\" fill=\"url(#")
          .raw(id)
          .raw("overrun)\" stroke=\"#000000\" stroke-width=\"1.2\"/>")
          .nl();
      String label =
          "Quá hạn "
              + Texts.workingTime(step.overrun())
              + " — "
              + step.holderOfficial().orElse("(không rõ cán bộ)");
      double width = label.length() * CHAR_WIDTH;
      boolean fitsRight = xd + 4 + width <= WIDTH - RIGHT_MARGIN;
      out.element(
              "text x=\""
                  + num(fitsRight ? xd + 4 : WIDTH - RIGHT_MARGIN)
                  + "\" y=\""
                  + num(y + 27)
                  + "\" font-weight=\"bold\" font-size=\"10\""
                  + (fitsRight ? "" : " text-anchor=\"end\""),
              label)
          .nl();
    }
    out.raw("</g>").nl();
  }

  private String tooltip(StepRecord step, String stepName) {
    StringBuilder b = new StringBuilder();
    b.append(stepName).append(": ");
    b.append(step.holderOfficial().orElse("(không rõ cán bộ)"));
    b.append(", từ ").append(Texts.shortInstant(step.startedAt(), zone));
    b.append(" đến ").append(step.endedAt().map(e -> Texts.shortInstant(e, zone)).orElse("nay"));
    step.allottedTime().ifPresent(a -> b.append("; định mức ").append(Texts.workingTime(a)));
    b.append("; đã dùng ").append(Texts.workingTime(step.timeUsed()));
    step.verdict().ifPresent(v -> b.append("; ").append(v.vietnameseLabel()));
    return b.toString();
  }

  private void pauseBar(
      Markup out, PauseRecord pause, double y, Instant clockEnd, int row, double lanesTop) {
    double x0 = x(pause.startedAt());
    double x1 = Math.max(x(pause.endedAt().orElse(clockEnd)), x0 + 2);
    String pattern;
    String label;
    switch (pause.kind()) {
      case SUPPLEMENT:
        pattern = "supplement";
        label = "Chờ bổ sung hồ sơ";
        break;
      case FINANCIAL_OBLIGATION:
        pattern = "financial";
        label = "Chờ nghĩa vụ tài chính";
        break;
      default:
        pattern = pause.isClockStopped() ? "financial" : "invalidpause";
        label = "Tạm dừng" + pause.reason().map(r -> " (" + r + ")").orElse("");
        break;
    }
    if (!pause.isClockStopped()) {
      pattern = "invalidpause";
      label = label + " — không hợp lệ, vẫn tính thời gian";
    }
    if (pause.isClockStopped()) {
      out.raw("<rect x=\"")
          .raw(num(x0))
          .raw("\" y=\"")
          .raw(num(lanesTop))
          .raw("\" width=\"")
          .raw(num(x1 - x0))
          .raw("\" height=\"")
          .raw(num(y - lanesTop))
          .raw("\" fill=\"#000000\" fill-opacity=\"0.05\"/>")
          .nl();
    }
    out.raw("<g>");
    out.element(
        "title",
        label
            + ": "
            + Texts.shortInstant(pause.startedAt(), zone)
            + " – "
            + pause.endedAt().map(e -> Texts.shortInstant(e, zone)).orElse("chưa kết thúc")
            + " ("
            + Texts.workingTime(pause.workingTime())
            + " làm việc)");
    out.raw("<rect x=\"")
        .raw(num(x0))
        .raw("\" y=\"")
        .raw(num(y + 8))
        .raw("\" width=\"")
        .raw(num(x1 - x0))
        .raw("\" height=\"18\" fill=\"url(#")
        .raw(id)
        .raw(pattern)
        .raw(")\" stroke=\"#000000\" stroke-width=\"1\"/>");
    String shown = label + (pause.official().isPresent() ? " — " + pause.official().get() : "");
    double width = shown.length() * CHAR_WIDTH;
    boolean fitsRight = x0 + 2 + width <= WIDTH - RIGHT_MARGIN;
    out.element(
        "text x=\""
            + num(fitsRight ? x0 + 2 : WIDTH - RIGHT_MARGIN)
            + "\" y=\""
            + num(y + 40 + row * 12)
            + "\" font-size=\"10\""
            + (fitsRight ? "" : " text-anchor=\"end\""),
        shown);
    out.raw("</g>").nl();
  }

  // ---- markers ------------------------------------------------------------------------------

  private static final class Marker {
    final Instant at;
    final String label;
    final String dash;
    final String width;
    double labelX;
    boolean anchorEnd;
    int row;

    Marker(Instant at, String label, String dash, String width) {
      this.at = at;
      this.label = label;
      this.dash = dash;
      this.width = width;
    }
  }

  private List<Marker> markers(Evaluation evaluation, TimelineEvaluation t) {
    List<Marker> markers = new ArrayList<>();
    markers.add(
        new Marker(
            t.receivedAt(), "Tiếp nhận " + Texts.shortInstant(t.receivedAt(), zone), "", "1"));
    markers.add(
        new Marker(t.dueAt(), "Hạn xử lý " + Texts.shortInstant(t.dueAt(), zone), "", "2.5"));
    if (!t.statutoryDue().equals(t.dueAt())) {
      markers.add(
          new Marker(
              t.statutoryDue(),
              "Hạn theo quy định " + Texts.shortInstant(t.statutoryDue(), zone),
              "8 4",
              "1.5"));
    }
    Optional<Instant> printed = t.printedAppointment();
    if (printed.isPresent()
        && !printed.get().equals(t.dueAt())
        && !printed.get().equals(t.statutoryDue())) {
      markers.add(
          new Marker(
              printed.get(),
              "Hẹn trả trên phiếu " + Texts.shortInstant(printed.get(), zone),
              "12 4",
              "1.5"));
    }
    t.rescheduledAppointment()
        .ifPresent(
            r ->
                markers.add(
                    new Marker(r, "Hẹn lại " + Texts.shortInstant(r, zone), "10 3 2 3", "2")));
    t.endedAt()
        .ifPresent(
            e ->
                markers.add(
                    new Marker(e, "Kết thúc xử lý " + Texts.shortInstant(e, zone), "6 2", "1.5")));
    markers.add(
        new Marker(
            evaluation.asOf(),
            "Thời điểm đánh giá " + Texts.shortInstant(evaluation.asOf(), zone),
            "2 3",
            "1.5"));
    markers.sort((a, b) -> a.at.compareTo(b.at));
    return markers;
  }

  /** Places each label in the first row where it does not overlap; returns the rows used. */
  private int placeMarkerLabels(List<Marker> markers) {
    List<Double> rowEnds = new ArrayList<>();
    for (Marker m : markers) {
      double x = x(m.at);
      double width = m.label.length() * CHAR_WIDTH;
      m.anchorEnd = x + 3 + width > WIDTH - RIGHT_MARGIN;
      double start = m.anchorEnd ? x - 3 - width : x + 3;
      m.labelX = m.anchorEnd ? x - 3 : x + 3;
      int row = 0;
      while (row < rowEnds.size() && rowEnds.get(row) > start) {
        row++;
      }
      if (row == rowEnds.size()) {
        rowEnds.add(start + width + 8);
      } else {
        rowEnds.set(row, start + width + 8);
      }
      m.row = row;
    }
    return rowEnds.size();
  }

  // ---- patterns and legend ------------------------------------------------------------------

  private void defs(Markup out) {
    out.raw("<defs>").nl();
    out.raw("<pattern id=\"")
        .raw(id)
        .raw("nonworking\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">")
        .raw("<rect width=\"6\" height=\"6\" fill=\"#e3e3e3\"/>")
        .raw("<path d=\"M0,6 L6,0\" stroke=\"#b0b0b0\" stroke-width=\"0.7\"/></pattern>")
        .nl();
    out.raw("<pattern id=\"")
        .raw(id)
        .raw("overrun\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"")
        .raw(" patternTransform=\"rotate(45)\">")
        .raw("<rect width=\"5\" height=\"5\" fill=\"#d62728\"/>")
        .raw("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"#000000\" stroke-width=\"2\"/>")
        .raw("</pattern>")
        .nl();
    out.raw("<pattern id=\"")
        .raw(id)
        .raw("supplement\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">")
        .raw("<rect width=\"6\" height=\"6\" fill=\"#fff6d5\"/>")
        .raw("<circle cx=\"3\" cy=\"3\" r=\"1.2\" fill=\"#000000\"/></pattern>")
        .nl();
    out.raw("<pattern id=\"")
        .raw(id)
        .raw("financial\" width=\"6\" height=\"5\" patternUnits=\"userSpaceOnUse\">")
        .raw("<rect width=\"6\" height=\"5\" fill=\"#e0f0e0\"/>")
        .raw(
            "<line x1=\"0\" y1=\"2.5\" x2=\"6\" y2=\"2.5\" stroke=\"#000000\" stroke-width=\"1\"/>")
        .raw("</pattern>")
        .nl();
    out.raw("<pattern id=\"")
        .raw(id)
        .raw("invalidpause\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">")
        .raw("<rect width=\"6\" height=\"6\" fill=\"#ffd8b0\"/>")
        .raw("<path d=\"M0,0 L6,6 M6,0 L0,6\" stroke=\"#000000\" stroke-width=\"0.8\"/>")
        .raw("</pattern>")
        .nl();
    out.raw("</defs>").nl();
  }

  private void legend(Markup out, double top) {
    out.raw("<g font-size=\"10\">").nl();
    double x = 10;
    double y = top;
    x =
        swatch(
            out,
            x,
            y,
            "fill=\"#ffffff\" stroke=\"#000000\" stroke-dasharray=\"4 3\"",
            "Định mức của bước");
    x = swatch(out, x, y, "fill=\"#5b84b1\" stroke=\"#000000\"", "Thời gian xử lý thực tế");
    x = swatch(out, x, y, "fill=\"url(#" + id + "overrun)\" stroke=\"#000000\"", "Quá định mức");
    x =
        swatch(
            out,
            x,
            y,
            "fill=\"url(#" + id + "nonworking)\" stroke=\"#999999\"",
            "Ngày nghỉ, lễ, tết");
    swatch(
        out, x, y, "fill=\"url(#" + id + "supplement)\" stroke=\"#000000\"", "Chờ bổ sung hồ sơ");
    x = 10;
    y = top + 22;
    x =
        swatch(
            out,
            x,
            y,
            "fill=\"url(#" + id + "financial)\" stroke=\"#000000\"",
            "Chờ nghĩa vụ tài chính, tạm dừng hợp lệ");
    x =
        swatch(
            out,
            x,
            y,
            "fill=\"url(#" + id + "invalidpause)\" stroke=\"#000000\"",
            "Tạm dừng không hợp lệ");
    x = line(out, x, y, "", "2.5", "Hạn xử lý");
    x = line(out, x, y, "8 4", "1.5", "Hạn theo quy định");
    line(out, x, y, "10 3 2 3", "2", "Hẹn lại");
    x = 10;
    y = top + 44;
    x = line(out, x, y, "6 2", "1.5", "Kết thúc xử lý");
    x = line(out, x, y, "2 3", "1.5", "Thời điểm đánh giá");
    line(out, x, y, "1 2", "1", "Giữ hồ sơ sau khi xong bước");
    out.raw("</g>").nl();
  }

  private static double swatch(Markup out, double x, double y, String style, String label) {
    out.raw("<rect x=\"")
        .raw(num(x))
        .raw("\" y=\"")
        .raw(num(y - 10))
        .raw("\" width=\"26\" height=\"12\" ")
        .raw(style)
        .raw("/>");
    out.element("text x=\"" + num(x + 32) + "\" y=\"" + num(y) + "\"", label).nl();
    return x + 40 + label.length() * 5.6 + 16;
  }

  private static double line(
      Markup out, double x, double y, String dash, String width, String label) {
    out.raw("<line x1=\"")
        .raw(num(x))
        .raw("\" y1=\"")
        .raw(num(y - 4))
        .raw("\" x2=\"")
        .raw(num(x + 26))
        .raw("\" y2=\"")
        .raw(num(y - 4))
        .raw("\" stroke=\"#000000\" stroke-width=\"")
        .raw(width)
        .raw("\"")
        .raw(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"")
        .raw("/>");
    out.element("text x=\"" + num(x + 32) + "\" y=\"" + num(y) + "\"", label).nl();
    return x + 40 + label.length() * 5.6 + 16;
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static String unitOf(StepRecord step) {
    return step.agency().or(step::holderUnit).orElse("(không rõ đơn vị)");
  }

  private static String clip(String text, int max) {
    return text.codePointCount(0, text.length()) <= max
        ? text
        : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
