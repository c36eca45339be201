package io.github.proctime.core;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingCalendars;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;

/** Shared fixtures and QuickTheories generators of dossiers for the core tests. */
final class TestDossiers {
  /** The national calendar; {@link NaiveCalendar} is the oracle it is checked against. */
  static final WorkingCalendar CALENDAR = WorkingCalendars.vietnam();

  static final String DESK = "Nguyễn Văn An";
  static final String DESK_UNIT = "BO_PHAN_MOT_CUA";
  static final String SPECIALIST = "Trần Thị Bình";
  static final String SPECIALIST_UNIT = "PHONG_TNMT";
  static final String LEADER = "Lê Văn Cường";
  static final String LEADER_UNIT = "LANH_DAO_UBND";
  static final String VALID_PAUSE_REASON = "GIAM_DINH";
  static final String INVALID_PAUSE_REASON = "CHO_Y_KIEN";

  static final Step THAM_DINH =
      Step.builder()
          .id("THAM_DINH")
          .name("Thẩm định hồ sơ")
          .ownerUnit(SPECIALIST_UNIT)
          .allotment(ProcessingTime.workingDays(2))
          .build();
  static final Step PHE_DUYET =
      Step.builder()
          .id("PHE_DUYET")
          .name("Phê duyệt")
          .ownerUnit(LEADER_UNIT)
          .allotment(ProcessingTime.workingDays(1))
          .build();

  /** 3 working days: appraisal 2 days, approval 1 day. */
  static final Procedure THREE_DAYS = procedure("1.000003", ProcessingTime.workingDays(3));

  /** 5 working days, same steps. */
  static final Procedure FIVE_DAYS = procedure("1.000005", ProcessingTime.workingDays(5));

  /** 15 calendar days, same steps. */
  static final Procedure FIFTEEN_CALENDAR_DAYS =
      procedure("1.000015", ProcessingTime.calendarDays(15));

  /** 4 working hours, same steps. */
  static final Procedure FOUR_HOURS = procedure("1.000004", ProcessingTime.workingHours(4));

  static final ProcedureCatalogue CATALOGUE =
      ProcedureCatalogue.of(THREE_DAYS, FIVE_DAYS, FIFTEEN_CALENDAR_DAYS, FOUR_HOURS);

  /** The standard book with {@link #VALID_PAUSE_REASON} accepted as stopping the clock. */
  static final RuleBook BOOK_WITH_PAUSE_REASON =
      RuleBook.of(
          RuleSet.builder()
              .from(RuleSets.decree61())
              .addClockStoppingPauseReasons(VALID_PAUSE_REASON)
              .build(),
          RuleSet.builder()
              .from(RuleSets.decree118())
              .addClockStoppingPauseReasons(VALID_PAUSE_REASON)
              .build());

  private TestDossiers() {}

  static Procedure procedure(String code, ProcessingTime time) {
    return Procedure.builder()
        .code(code)
        .name("Thủ tục thử " + code)
        .addVersions(
            ProcedureVersion.builder()
                .effectiveFrom(LocalDate.of(2018, 1, 1))
                .processingTime(time)
                .addSteps(THAM_DINH, PHE_DUYET)
                .build())
        .build();
  }

  static Evaluator evaluator(EvaluationMode mode) {
    return Evaluator.builder().calendar(CALENDAR).procedures(CATALOGUE).mode(mode).build();
  }

  static Evaluator evaluator(RuleSet rules) {
    return Evaluator.builder()
        .calendar(CALENDAR)
        .procedures(CATALOGUE)
        .ruleBook(RuleBook.of(rules))
        .build();
  }

  /** A local date-time in Asia/Ho_Chi_Minh, such as {@code 2025-01-24T16:00}. */
  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(NaiveCalendar.ZONE).toInstant();
  }

  static Log log() {
    return new Log();
  }

  /** Writes event logs fluently; every event is recorded when it occurs unless told otherwise. */
  static final class Log {
    private final List<DossierEvent> events = new ArrayList<>();
    private String holder = DESK;
    private String holderUnit = DESK_UNIT;

    private DossierEvent.Builder event(EventType type, Instant at) {
      return DossierEvent.builder().type(type).occurredAt(at).recordedAt(at);
    }

    Log add(DossierEvent.Builder builder) {
      events.add(builder.build());
      return this;
    }

    Log received(String at) {
      return add(event(EventType.RECEIVED, at(at)).official(DESK).unit(DESK_UNIT));
    }

    Log handOver(String at, String to, String toUnit, String step) {
      add(
          event(EventType.HANDED_OVER, at(at))
              .official(holder)
              .unit(holderUnit)
              .toOfficial(to)
              .toUnit(toUnit)
              .step(step));
      holder = to;
      holderUnit = toUnit;
      return this;
    }

    Log toSpecialist(String at) {
      return handOver(at, SPECIALIST, SPECIALIST_UNIT, "THAM_DINH");
    }

    Log toLeader(String at) {
      return handOver(at, LEADER, LEADER_UNIT, "PHE_DUYET");
    }

    Log byHolder(EventType type, String at) {
      return add(event(type, at(at)).official(holder).unit(holderUnit));
    }

    Log paused(String at, String reason) {
      return add(event(EventType.PAUSED, at(at)).official(holder).unit(holderUnit).reason(reason));
    }

    Log apology(String at, String newAppointment) {
      return add(
          event(EventType.APOLOGY_ISSUED, at(at))
              .official(holder)
              .unit(holderUnit)
              .reason("QUA_TAI")
              .newAppointment(at(newAppointment)));
    }

    /** Sets the recording instant of the last event. */
    Log recordedAt(String at) {
      DossierEvent last = events.remove(events.size() - 1);
      events.add(DossierEvent.builder().from(last).recordedAt(at(at)).build());
      return this;
    }

    List<DossierEvent> events() {
      return List.copyOf(events);
    }

    Dossier dossier(Procedure procedure) {
      return Dossier.builder()
          .code("H40-TEST-0001")
          .procedureCode(procedure.code())
          .receivingUnit(DESK_UNIT)
          .events(events)
          .build();
    }
  }

  // ---- generators ------------------------------------------------------------------------

  /** What one generated instruction does. */
  enum Op {
    HAND_OVER,
    SUPPLEMENT_TOGGLE,
    VALID_PAUSE_TOGGLE,
    INVALID_PAUSE_TOGGLE,
    STEP_COMPLETED,
    APOLOGY,
    FINISH
  }

  /**
   * A generated dossier script: a receipt instant and instructions, each with its gap after the
   * previous event and its recording delay.
   */
  static final class Script {
    final int receiptMinutes;
    final List<Integer> instructions;
    final int asOfGapMinutes;

    Script(int receiptMinutes, List<Integer> instructions, int asOfGapMinutes) {
      this.receiptMinutes = receiptMinutes;
      this.instructions = instructions;
      this.asOfGapMinutes = asOfGapMinutes;
    }

    @Override
    public String toString() {
      return "Script[" + receiptMinutes + ", " + instructions + ", " + asOfGapMinutes + "]";
    }
  }

  /** Generated scripts of valid dossiers received in 2024-2025. */
  static Gen<Script> scripts() {
    return integers()
        .between(0, 2 * 365 * 24 * 60)
        .zip(
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 14),
            integers().between(0, 20_000),
            Script::new);
  }

  /** A dossier of {@link #FIVE_DAYS} built from a script, every recording delay kept. */
  static Dossier dossier(Script script) {
    return dossier(script, Set.of(), true);
  }

  /**
   * A valid dossier built from a script. Instants are computed over every instruction before the
   * excluded ones are dropped, so that dropping an instruction never moves another event.
   *
   * @param excluded instructions to leave out
   * @param recordingDelays false to record every event when it occurs
   */
  static Dossier dossier(Script script, Set<Op> excluded, boolean recordingDelays) {
    Instant received = at("2024-01-01T06:00").plus(Duration.ofMinutes(script.receiptMinutes));
    Log log = new Log();
    log.add(
        DossierEvent.builder()
            .type(EventType.RECEIVED)
            .occurredAt(received)
            .recordedAt(received)
            .official(DESK)
            .unit(DESK_UNIT));
    Instant occurred = received;
    Instant recorded = received;
    boolean supplement = false;
    boolean validPause = false;
    boolean invalidPause = false;
    boolean ready = false;
    int handOvers = 0;
    for (int v : script.instructions) {
      Op op = Op.values()[v % Op.values().length];
      occurred = occurred.plus(Duration.ofMinutes((v / 7) % 4800));
      Instant delayed =
          recordingDelays ? occurred.plus(Duration.ofMinutes((v / 16800) % 900)) : occurred;
      recorded = delayed.isAfter(recorded) ? delayed : recorded;
      DossierEvent.Builder e =
          DossierEvent.builder()
              .occurredAt(occurred)
              .recordedAt(recorded)
              .official(log.holder)
              .unit(log.holderUnit);
      switch (op) {
        case HAND_OVER:
          String to = handOvers % 2 == 0 ? SPECIALIST : LEADER;
          String toUnit = handOvers % 2 == 0 ? SPECIALIST_UNIT : LEADER_UNIT;
          e.type(EventType.HANDED_OVER)
              .toOfficial(to)
              .toUnit(toUnit)
              .step(handOvers % 2 == 0 ? "THAM_DINH" : "PHE_DUYET");
          log.holder = to;
          log.holderUnit = toUnit;
          handOvers++;
          break;
        case SUPPLEMENT_TOGGLE:
          e.type(supplement ? EventType.SUPPLEMENT_RECEIVED : EventType.SUPPLEMENT_REQUESTED);
          supplement = !supplement;
          break;
        case VALID_PAUSE_TOGGLE:
          if (invalidPause) {
            continue; // one PAUSED at a time
          }
          e.type(validPause ? EventType.RESUMED : EventType.PAUSED);
          if (!validPause) {
            e.reason(VALID_PAUSE_REASON);
          }
          validPause = !validPause;
          break;
        case INVALID_PAUSE_TOGGLE:
          if (validPause) {
            continue;
          }
          e.type(invalidPause ? EventType.RESUMED : EventType.PAUSED);
          if (!invalidPause) {
            e.reason(INVALID_PAUSE_REASON);
          }
          invalidPause = !invalidPause;
          break;
        case STEP_COMPLETED:
          e.type(EventType.STEP_COMPLETED);
          break;
        case APOLOGY:
          e.type(EventType.APOLOGY_ISSUED)
              .reason("QUA_TAI")
              .newAppointment(occurred.plus(Duration.ofDays(3)));
          break;
        case FINISH:
          e.type(ready ? EventType.RESULT_RETURNED : EventType.RESULT_READY);
          break;
        default:
          throw new AssertionError(op);
      }
      if (!excluded.contains(op)) {
        log.add(e);
      }
      if (op == Op.FINISH) {
        if (ready) {
          break;
        }
        ready = true;
      }
    }
    return log.dossier(FIVE_DAYS);
  }

  /** The instant after the script's last event at which to read the clock. */
  static Instant asOf(Dossier dossier, Script script) {
    Instant last = dossier.events().get(dossier.events().size() - 1).recordedAt();
    return last.plus(Duration.ofMinutes(script.asOfGapMinutes));
  }
}
