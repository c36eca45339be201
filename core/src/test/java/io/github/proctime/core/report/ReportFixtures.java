package io.github.proctime.core.report;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingCalendars;
import io.github.proctime.core.Attribution;
import io.github.proctime.core.Attributor;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierEvent;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.Evaluator;
import io.github.proctime.core.EventType;
import io.github.proctime.core.Procedure;
import io.github.proctime.core.ProcedureCatalogue;
import io.github.proctime.core.ProcedureVersion;
import io.github.proctime.core.ProcessingTime;
import io.github.proctime.core.Step;
import io.github.proctime.core.Timeline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The example month of the report tests: March 2025 on the national calendar, three units, two
 * procedures, thirty dossiers built from a few templates whose figures are worked out by hand in
 * {@link ReportAggregatorTest}.
 */
final class ReportFixtures {
  static final WorkingCalendar CALENDAR = WorkingCalendars.vietnam();
  static final ReportPeriod MARCH = ReportPeriod.ofMonth(YearMonth.of(2025, 3));

  static final String TNMT = "SO_TNMT";
  static final String XD = "SO_XD";
  static final String TP = "SO_TP";

  static final String AN = "Nguyễn Văn An";
  static final String BINH = "Trần Thị Bình";
  static final String CUONG = "Lê Văn Cường";
  static final String DUNG = "Phạm Thị Dung";
  static final String EM = "Võ Văn Em";
  static final String GIANG = "Đỗ Thị Giang";

  static final String P3 = "1.000003";
  static final String P5 = "1.000005";

  static final ProcedureCatalogue CATALOGUE =
      ProcedureCatalogue.of(procedure(P3, 3, 2, 1), procedure(P5, 5, 3, 2));

  static final Evaluator EVALUATOR =
      Evaluator.builder().calendar(CALENDAR).procedures(CATALOGUE).build();

  static final Attributor ATTRIBUTOR = Attributor.of(CALENDAR);

  private ReportFixtures() {}

  private static Procedure procedure(String code, int days, int appraisal, int approval) {
    return Procedure.builder()
        .code(code)
        .name("Thủ tục thử " + code)
        .addVersions(
            ProcedureVersion.builder()
                .effectiveFrom(LocalDate.of(2018, 1, 1))
                .processingTime(ProcessingTime.workingDays(days))
                .addSteps(
                    Step.builder()
                        .id("THAM_DINH")
                        .name("Thẩm định hồ sơ")
                        .ownerUnit("CHUYEN_VIEN")
                        .allotment(ProcessingTime.workingDays(appraisal))
                        .build(),
                    Step.builder()
                        .id("PHE_DUYET")
                        .name("Phê duyệt")
                        .ownerUnit("LANH_DAO")
                        .allotment(ProcessingTime.workingDays(approval))
                        .build())
                .build())
        .build();
  }

  /** A local date-time in Asia/Ho_Chi_Minh, such as {@code 2025-03-03T08:00}. */
  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingCalendars.VIETNAM_ZONE).toInstant();
  }

  /** The specialist of a unit, who receives its dossiers and appraises them. */
  static String specialist(String unit) {
    switch (unit) {
      case TNMT:
        return AN;
      case XD:
        return CUONG;
      default:
        return EM;
    }
  }

  /** The leader of a unit, who approves. */
  static String leader(String unit) {
    switch (unit) {
      case TNMT:
        return BINH;
      case XD:
        return DUNG;
      default:
        return GIANG;
    }
  }

  static Log log(String code, String unit, String procedure) {
    return new Log(code, unit, procedure);
  }

  /** Writes a dossier's log; events are recorded when they occur unless told otherwise. */
  static final class Log {
    private final String code;
    private final String unit;
    private final String procedure;
    private final List<DossierEvent> events = new ArrayList<>();
    private String holder;

    private Log(String code, String unit, String procedure) {
      this.code = code;
      this.unit = unit;
      this.procedure = procedure;
      this.holder = specialist(unit);
    }

    private Log add(EventType type, Instant at, DossierEvent.Builder more) {
      events.add(more.type(type).occurredAt(at).recordedAt(at).official(holder).unit(unit).build());
      return this;
    }

    private Log add(EventType type, String at) {
      return add(type, at(at), DossierEvent.builder());
    }

    /** Received by the unit's specialist, who starts the appraisal step at once. */
    Log received(String at) {
      return add(EventType.RECEIVED, at(at), DossierEvent.builder().step("THAM_DINH"));
    }

    Log toLeader(String at) {
      return handOver(at, leader(unit), "PHE_DUYET");
    }

    /** The leader hands the dossier back to the specialist, for the appraisal step again. */
    Log backToSpecialist(String at) {
      return handOver(at, specialist(unit), "THAM_DINH");
    }

    /** The holder hands the dossier to another official of the unit, for a step. */
    private Log handOver(String at, String official, String step) {
      add(
          EventType.HANDED_OVER,
          at(at),
          DossierEvent.builder().toOfficial(official).toUnit(unit).step(step));
      holder = official;
      return this;
    }

    Log ready(String at) {
      return add(EventType.RESULT_READY, at);
    }

    Log returned(String at) {
      return add(EventType.RESULT_RETURNED, at);
    }

    Log refused(String at) {
      return add(EventType.REFUSED, at);
    }

    Log withdrawn(String at) {
      return add(EventType.WITHDRAWN, at);
    }

    Log stopped(String at) {
      return add(EventType.STOPPED, at);
    }

    Log supplementRequested(String at) {
      return add(EventType.SUPPLEMENT_REQUESTED, at);
    }

    Log supplementReceived(String at) {
      return add(EventType.SUPPLEMENT_RECEIVED, at);
    }

    Log apology(String at, String newAppointment) {
      return add(
          EventType.APOLOGY_ISSUED,
          at(at),
          DossierEvent.builder().reason("QUA_TAI").newAppointment(at(newAppointment)));
    }

    /** Sets the recording instant of the last event. */
    Log recordedAt(String at) {
      DossierEvent last = events.remove(events.size() - 1);
      events.add(DossierEvent.builder().from(last).recordedAt(at(at)).build());
      return this;
    }

    Dossier dossier() {
      return Dossier.builder()
          .code(code)
          .procedureCode(procedure)
          .receivingUnit(unit)
          .events(events)
          .build();
    }
  }

  // ---- templates: a working day D at 08:00, then the steps (see ReportAggregatorTest) ----------

  /** Early: approved the next working day; 10 working hours. */
  static Dossier early(String code, String unit, LocalDate d) {
    return log(code, unit, P3)
        .received(t(d, 0, "08:00"))
        .toLeader(t(d, 1, "08:00"))
        .ready(t(d, 1, "10:00"))
        .returned(t(d, 1, "10:30"))
        .dossier();
  }

  /** On time: ready 15 minutes before the due instant; 23 h 45 min. */
  static Dossier onTime(String code, String unit, LocalDate d) {
    return log(code, unit, P3)
        .received(t(d, 0, "08:00"))
        .toLeader(t(d, 2, "08:00"))
        .ready(t(d, 3, "07:45"))
        .returned(t(d, 3, "07:50"))
        .dossier();
  }

  /** Late by 2 working hours, all the specialist's overrun; 26 h. */
  static Dossier lateBySpecialist(String code, String unit, LocalDate d) {
    return log(code, unit, P3)
        .received(t(d, 0, "08:00"))
        .toLeader(t(d, 2, "10:00"))
        .ready(t(d, 3, "10:00"))
        .returned(t(d, 3, "10:30"))
        .dossier();
  }

  /** Late by 8 working hours, all the leader's overrun; 32 h. */
  static Dossier lateByLeader(String code, String unit, LocalDate d) {
    return log(code, unit, P3)
        .received(t(d, 0, "08:00"))
        .toLeader(t(d, 1, "08:00"))
        .ready(t(d, 4, "08:00"))
        .returned(t(d, 4, "08:30"))
        .dossier();
  }

  /** As {@link #lateByLeader}, with an apology from the leader at {@code apologyDay} 16:00. */
  static Dossier lateWithApology(String code, String unit, LocalDate d, int apologyDay) {
    return log(code, unit, P3)
        .received(t(d, 0, "08:00"))
        .toLeader(t(d, 1, "08:00"))
        .apology(t(d, apologyDay, "16:00"), t(d, 4, "08:00"))
        .ready(t(d, 4, "08:00"))
        .returned(t(d, 4, "08:30"))
        .dossier();
  }

  /** Still with the specialist. */
  static Dossier open(String code, String unit, String procedure, LocalDate d) {
    return log(code, unit, procedure).received(t(d, 0, "08:00")).dossier();
  }

  /** Refused, withdrawn or stopped by the specialist the next working day at 09:00. */
  static Dossier ended(String code, String unit, LocalDate d, EventType type) {
    Log log = log(code, unit, P3).received(t(d, 0, "08:00"));
    return log.add(type, t(d, 1, "09:00")).dossier();
  }

  /** 5 working days, received on Thursday 27 February, ready Wednesday 5 March 10:00; 34 h. */
  static Dossier carriedOverEarly(String code, String unit) {
    return log(code, unit, P5)
        .received("2025-02-27T08:00")
        .toLeader("2025-03-04T08:00")
        .ready("2025-03-05T10:00")
        .returned("2025-03-05T10:30")
        .dossier();
  }

  /** One supplement wait of two working days (Tuesday to Thursday); 18 h used, 16 h paused. */
  static Dossier oneSupplement(String code, String unit, LocalDate monday) {
    return log(code, unit, P3)
        .received(t(monday, 0, "08:00"))
        .supplementRequested(t(monday, 1, "08:00"))
        .supplementReceived(t(monday, 3, "08:00"))
        .toLeader(t(monday, 4, "08:00"))
        .ready(t(monday, 4, "10:00"))
        .returned(t(monday, 4, "10:30"))
        .dossier();
  }

  /** Two supplement requests of one hour each, 5 working days; 16 h used, 2 h paused. */
  static Dossier twoSupplements(String code, String unit, LocalDate monday) {
    return log(code, unit, P5)
        .received(t(monday, 0, "08:00"))
        .supplementRequested(t(monday, 0, "09:00"))
        .supplementReceived(t(monday, 0, "10:00"))
        .supplementRequested(t(monday, 1, "08:00"))
        .supplementReceived(t(monday, 1, "09:00"))
        .toLeader(t(monday, 2, "08:00"))
        .ready(t(monday, 2, "10:00"))
        .returned(t(monday, 2, "10:30"))
        .dossier();
  }

  /** A supplement requested on working day {@code requestDay} at 08:00 and never answered. */
  static Dossier waiting(String code, String unit, LocalDate d, int requestDay) {
    return log(code, unit, P3)
        .received(t(d, 0, "08:00"))
        .supplementRequested(t(d, requestDay, "08:00"))
        .dossier();
  }

  /** On time as it happened, but the result was recorded at 14:00 on the due day. */
  static Dossier recordedLate(String code, String unit, LocalDate d) {
    return log(code, unit, P3)
        .received(t(d, 0, "08:00"))
        .toLeader(t(d, 2, "08:00"))
        .ready(t(d, 3, "07:45"))
        .recordedAt(t(d, 3, "14:00"))
        .returned(t(d, 3, "07:50"))
        .recordedAt(t(d, 3, "14:05"))
        .dossier();
  }

  /** The local date-time of working day {@code n} after {@code d}, at a time of day. */
  static String t(LocalDate d, int n, String time) {
    return CALENDAR.plusWorkingDays(d, n) + "T" + time;
  }

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  /** The thirty dossiers of the example month, in a fixed order. */
  static List<Dossier> exampleMonth() {
    List<Dossier> d = new ArrayList<>();
    d.add(early("TNMT-01", TNMT, date("2025-03-03")));
    d.add(onTime("TNMT-02", TNMT, date("2025-03-04")));
    d.add(lateBySpecialist("TNMT-03", TNMT, date("2025-03-10")));
    d.add(lateByLeader("TNMT-04", TNMT, date("2025-03-11")));
    d.add(open("TNMT-05", TNMT, P3, date("2025-03-24")));
    d.add(ended("TNMT-06", TNMT, date("2025-03-05"), EventType.REFUSED));
    d.add(carriedOverEarly("TNMT-07", TNMT));
    d.add(
        log("TNMT-08", TNMT, P5)
            .received("2025-02-10T08:00")
            .toLeader("2025-02-11T08:00")
            .ready("2025-02-12T10:00")
            .returned("2025-02-12T10:30")
            .dossier());
    d.add(oneSupplement("TNMT-09", TNMT, date("2025-03-17")));
    d.add(lateWithApology("TNMT-10", TNMT, date("2025-03-04"), 1));

    d.add(early("XD-01", XD, date("2025-03-03")));
    d.add(early("XD-02", XD, date("2025-03-19")));
    d.add(onTime("XD-03", XD, date("2025-03-10")));
    d.add(lateBySpecialist("XD-04", XD, date("2025-03-18")));
    d.add(open("XD-05", XD, P5, date("2025-03-27")));
    d.add(ended("XD-06", XD, date("2025-03-06"), EventType.WITHDRAWN));
    d.add(open("XD-07", XD, P5, date("2025-02-24")));
    d.add(twoSupplements("XD-08", XD, date("2025-03-10")));
    d.add(lateWithApology("XD-09", XD, date("2025-03-12"), 2));
    d.add(recordedLate("XD-10", XD, date("2025-03-24")));

    d.add(onTime("TP-01", TP, date("2025-03-03")));
    d.add(onTime("TP-02", TP, date("2025-03-12")));
    d.add(lateByLeader("TP-03", TP, date("2025-03-17")));
    d.add(ended("TP-04", TP, date("2025-03-11"), EventType.STOPPED));
    d.add(waiting("TP-05", TP, date("2025-03-20"), 1));
    d.add(waiting("TP-06", TP, date("2025-03-10"), 4));
    d.add(early("TP-07", TP, date("2025-03-25")));
    d.add(open("TP-08", TP, P5, date("2025-03-28")));
    d.add(carriedOverEarly("TP-09", TP));
    d.add(log("TP-10", TP, P3).received("2025-02-26T08:00").refused("2025-03-03T09:00").dossier());
    return d;
  }

  /** The entry of a dossier for an aggregator: evaluated at its judgement instant, attributed. */
  static ReportEntry entry(Dossier dossier, ReportAggregator aggregator) {
    Evaluation e = EVALUATOR.evaluate(dossier, aggregator.judgedAt());
    Attribution a = ATTRIBUTOR.attribute(e, aggregator.timeline());
    return ReportEntry.of(dossier, e, a);
  }

  static ReportAggregator march() {
    return ReportAggregator.builder().period(MARCH).dossierCodeLimit(3).build();
  }

  static Timeline occurred() {
    return Timeline.OCCURRED;
  }
}
