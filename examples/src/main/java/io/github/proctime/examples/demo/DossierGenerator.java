package io.github.proctime.examples.demo;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.core.Channel;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierEvent;
import io.github.proctime.core.EventType;
import io.github.proctime.core.Procedure;
import io.github.proctime.core.ProcedureVersion;
import io.github.proctime.core.ProcessingTime;
import io.github.proctime.core.Step;
import io.github.proctime.core.TimeUnit;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Generates realistic dossiers for the {@link DemoProvince}, deterministically from a seed.
 *
 * <p>Each dossier is generated from its own index alone (the random source is seeded with the seed
 * and the index), so any range of a large dataset can be produced lazily, in parallel, and streamed
 * to a file without holding the dataset in memory.
 *
 * <p>Receipts are spread over the period, in person during office hours (some after the 15:00
 * cut-off) and online at any hour. The pathologies the one-stop press reports appear at plausible
 * rates, chosen for illustration (no published statistics were found): steps that overrun their
 * allotment, pauses without a valid reason, one and several supplement requests, apologies issued
 * on time, late or never, steps recorded days after they happened, results ready but never marked
 * returned, refusals and withdrawals. Events that had not been recorded by the export instant are
 * not in the log, as in a real export; the log is cut at the first such event so it stays
 * consistent.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DossierGenerator {
  /** The pause reason that the demo's officials press without a valid ground. */
  public static final String INVALID_PAUSE_REASON = "CHO_Y_KIEN_CHI_DAO";

  private static final int MINUTES_PER_WORKING_DAY = 480;
  private static final DateTimeFormatter CODE_DATE = DateTimeFormatter.ofPattern("yyMMdd");

  private final DemoProvince province;
  private final WorkingCalendar calendar;
  private final long seed;
  private final LocalDate firstReceipt;
  private final int receiptDays;
  private final Instant exportAt;
  private final double[] weights;

  private DossierGenerator(
      DemoProvince province,
      WorkingCalendar calendar,
      long seed,
      LocalDate firstReceipt,
      LocalDate lastReceiptExclusive,
      Instant exportAt) {
    this.province = Objects.requireNonNull(province, "province");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.seed = seed;
    this.firstReceipt = Objects.requireNonNull(firstReceipt, "firstReceipt");
    this.receiptDays =
        (int) ChronoUnit.DAYS.between(firstReceipt, Objects.requireNonNull(lastReceiptExclusive));
    if (receiptDays <= 0) {
      throw new IllegalArgumentException(
          "Invalid receipt range: lastReceiptExclusive ("
              + lastReceiptExclusive
              + ") must be after firstReceipt ("
              + firstReceipt
              + ")");
    }
    this.exportAt = Objects.requireNonNull(exportAt, "exportAt");
    // Relative frequency of each procedure in the catalogue order of DemoProvince.
    this.weights = new double[] {14, 6, 10, 12, 12, 25, 15, 3};
  }

  /**
   * Creates a generator.
   *
   * @param province the province whose procedures and officials are used
   * @param calendar the working calendar that places events in office hours
   * @param seed the seed; the same seed gives the same dossiers
   * @param firstReceipt the first receipt date
   * @param lastReceiptExclusive the day after the last receipt date
   * @param exportAt the instant the data was exported: later events are not in the log
   * @return the generator
   */
  public static DossierGenerator of(
      DemoProvince province,
      WorkingCalendar calendar,
      long seed,
      LocalDate firstReceipt,
      LocalDate lastReceiptExclusive,
      Instant exportAt) {
    return new DossierGenerator(
        province, calendar, seed, firstReceipt, lastReceiptExclusive, exportAt);
  }

  /**
   * The first {@code count} dossiers, generated lazily in index order.
   *
   * @param count how many dossiers
   * @return a sequential stream of dossiers
   */
  public Stream<Dossier> dossiers(long count) {
    return LongStream.range(0, count).mapToObj(this::dossier);
  }

  /**
   * The dossier with a given index; always the same for the same seed and index.
   *
   * @param index the index, zero or more
   * @return the dossier
   */
  public Dossier dossier(long index) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    Procedure procedure = pickProcedure(random);
    ProcedureVersion version = procedure.versions().get(procedure.versions().size() - 1);
    boolean online = random.nextInt(100) < 35;
    Instant receivedAt = receiptInstant(random, online);
    String code =
        "H40."
            + String.format("%02d", procedureIndex(procedure))
            + "-"
            + CODE_DATE.format(receivedAt.atZone(calendar.zone()))
            + "-"
            + String.format("%07d", index);
    Timeline timeline = new Timeline(random);
    List<Step> steps = version.steps();
    String desk = pick(random, province.officials().get(DemoProvince.DESK));
    timeline.add(
        event(EventType.RECEIVED, receivedAt)
            .official(desk)
            .unit(DemoProvince.DESK)
            .step(steps.get(0).id()));

    Instant dueApprox = approximateDue(receivedAt, version.processingTime());
    Instant t = working(receivedAt);
    t = work(t, minutes(steps.get(0).allotment()) * factor(random));
    String holder = desk;
    String holderUnit = DemoProvince.DESK;
    boolean refused = false;
    for (int s = 1; s < steps.size() - 1; s++) {
      Step step = steps.get(s);
      List<String> staff = province.officials().get(step.ownerUnit());
      String next =
          step.id().equals("PHE_DUYET")
              ? staff.get(0)
              : staff.get(1 + random.nextInt(staff.size() - 1));
      timeline.handOver(t, holder, holderUnit, next, step.ownerUnit(), step.id());
      holder = next;
      holderUnit = step.ownerUnit();
      double stepMinutes = minutes(step.allotment()) * factor(random);
      if (step.id().equals("THAM_DINH")) {
        if (random.nextInt(1000) < 80) {
          t = supplement(timeline, t, stepMinutes * 0.3, holder, holderUnit, random);
          if (random.nextInt(100) < 18) {
            t = supplement(timeline, t, stepMinutes * 0.2, holder, holderUnit, random);
          }
        }
        if (random.nextInt(1000) < 45) {
          Instant paused = work(t, stepMinutes * 0.4);
          Instant resumed = work(paused, MINUTES_PER_WORKING_DAY * (1 + random.nextInt(5)));
          timeline.add(
              event(EventType.PAUSED, paused)
                  .official(holder)
                  .unit(holderUnit)
                  .reason(INVALID_PAUSE_REASON));
          timeline.add(event(EventType.RESUMED, resumed).official(holder).unit(holderUnit));
          t = resumed;
        }
        if (random.nextInt(1000) < 20) {
          t = work(t, stepMinutes);
          timeline.add(
              event(EventType.REFUSED, t)
                  .official(holder)
                  .unit(holderUnit)
                  .reason("KHONG_DU_DIEU_KIEN"));
          refused = true;
          break;
        }
        if (random.nextInt(1000) < 8) {
          t = work(t, stepMinutes * 0.5);
          timeline.add(event(EventType.WITHDRAWN, t).official(holder).unit(holderUnit));
          refused = true;
          break;
        }
      }
      if (step.isInterAgency()) {
        Instant requested = work(t, stepMinutes * 0.5);
        Instant paid = applicantReply(requested, random, 1 + random.nextInt(5));
        timeline.add(
            event(EventType.FINANCIAL_OBLIGATION_REQUESTED, requested)
                .official(holder)
                .unit(holderUnit));
        timeline.add(event(EventType.FINANCIAL_OBLIGATION_FULFILLED, paid).unit(holderUnit));
        t = work(paid, stepMinutes * 0.5);
      } else {
        t = work(t, stepMinutes);
      }
    }
    if (!refused) {
      Step last = steps.get(steps.size() - 1);
      timeline.handOver(t, holder, holderUnit, desk, DemoProvince.DESK, last.id());
      timeline.add(event(EventType.RESULT_READY, t).official(desk).unit(DemoProvince.DESK));
      if (t.isAfter(dueApprox)) {
        apology(timeline, receivedAt, dueApprox, t, holder, holderUnit, random);
      }
      if (random.nextInt(1000) >= 30) {
        Instant returned = work(t, minutes(last.allotment()) * factor(random));
        timeline.add(
            event(EventType.RESULT_RETURNED, returned).official(desk).unit(DemoProvince.DESK));
      }
    }
    return Dossier.builder()
        .code(code)
        .procedureCode(procedure.code())
        // Filed with the competent agency, received on its behalf at the centre's desk (NĐ
        // 118/2025 centres receive for the departments, regulations.md §1.12): reports group by it.
        .receivingUnit(steps.get(1).ownerUnit())
        .channel(
            online ? Channel.ONLINE : random.nextInt(20) == 0 ? Channel.POSTAL : Channel.IN_PERSON)
        .applicant(pick(random, province.officials().get("UBND_XA_AN_BINH")).replace("Thị", "Thu"))
        .events(timeline.exported())
        .build();
  }

  private Instant supplement(
      Timeline timeline,
      Instant t,
      double before,
      String holder,
      String unit,
      SplittableRandom random) {
    Instant requested = work(t, before);
    Instant received = applicantReply(requested, random, 2 + random.nextInt(10));
    timeline.add(
        event(EventType.SUPPLEMENT_REQUESTED, requested)
            .official(holder)
            .unit(unit)
            .reason("THIEU_GIAY_TO"));
    timeline.add(event(EventType.SUPPLEMENT_RECEIVED, received).official(holder).unit(unit));
    return received;
  }

  private void apology(
      Timeline timeline,
      Instant received,
      Instant due,
      Instant ready,
      String official,
      String unit,
      SplittableRandom random) {
    int draw = random.nextInt(100);
    if (draw >= 75) {
      return; // no apology: the compliance findings must catch it
    }
    Instant issued =
        draw < 55
            ? calendar.plusWorkingTime(
                working(due),
                Duration.ofMinutes(-MINUTES_PER_WORKING_DAY * (1 + random.nextInt(2)) - 60))
            : work(due, 60 + random.nextInt(MINUTES_PER_WORKING_DAY));
    if (!issued.isBefore(ready)) {
      issued = calendar.plusWorkingTime(ready, Duration.ofMinutes(-30));
    }
    if (!issued.isAfter(received)) {
      issued = work(received, 60);
    }
    Instant newAppointment = work(ready, MINUTES_PER_WORKING_DAY * (random.nextInt(3) - 0.5));
    timeline.add(
        event(EventType.APOLOGY_ISSUED, issued)
            .official(official)
            .unit(unit)
            .reason("QUA_TAI_HO_SO")
            .newAppointment(newAppointment));
  }

  private Instant applicantReply(Instant requested, SplittableRandom random, int calendarDays) {
    Instant reply =
        requested.plus(Duration.ofDays(calendarDays)).plus(Duration.ofMinutes(random.nextInt(240)));
    return working(reply);
  }

  private Procedure pickProcedure(SplittableRandom random) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double draw = random.nextDouble() * total;
    List<Procedure> procedures = province.procedures();
    for (int i = 0; i < procedures.size(); i++) {
      draw -= weights[i];
      if (draw < 0) {
        return procedures.get(i);
      }
    }
    return procedures.get(procedures.size() - 1);
  }

  private int procedureIndex(Procedure procedure) {
    return province.procedures().indexOf(procedure) + 1;
  }

  private Instant receiptInstant(SplittableRandom random, boolean online) {
    LocalDate day = firstReceipt.plusDays(random.nextInt(receiptDays));
    if (online) {
      LocalTime time = LocalTime.of(6 + random.nextInt(17), random.nextInt(60));
      return day.atTime(time).atZone(calendar.zone()).toInstant();
    }
    // The desk is closed on non-working days: draw again so that the receipt stays in the range
    // (moving it to the next working day would push receipts made during Tết out of the month).
    for (int attempt = 0; attempt < 50 && !calendar.isWorkingDay(day); attempt++) {
      day = firstReceipt.plusDays(random.nextInt(receiptDays));
    }
    LocalDate working = calendar.nextOrSameWorkingDay(day);
    // About one in seven in-person receipts come after the 15:00 cut-off.
    int minute =
        random.nextInt(7) == 0
            ? 15 * 60 + random.nextInt(120)
            : random.nextBoolean()
                ? 7 * 60 + 30 + random.nextInt(240)
                : 13 * 60 + random.nextInt(120);
    return working
        .atTime(LocalTime.ofSecondOfDay(minute * 60L))
        .atZone(calendar.zone())
        .toInstant();
  }

  private Instant approximateDue(Instant receivedAt, ProcessingTime time) {
    Instant start = working(receivedAt);
    if (time.unit() == TimeUnit.CALENDAR_DAYS) {
      return start.plus(Duration.ofDays(time.amount()));
    }
    return work(start, minutes(time));
  }

  private static double minutes(ProcessingTime time) {
    return time.unit() == TimeUnit.WORKING_HOURS
        ? time.amount() * 60.0
        : time.amount() * (double) MINUTES_PER_WORKING_DAY;
  }

  /** Most steps finish well within their allotment; about one in twelve overruns. */
  private static double factor(SplittableRandom random) {
    return random.nextInt(100) < 8
        ? 1.1 + random.nextDouble() * 1.6
        : 0.2 + random.nextDouble() * 0.7;
  }

  private Instant working(Instant instant) {
    return calendar.nextOrSameWorkingInstant(instant);
  }

  private Instant work(Instant from, double minutes) {
    return calendar.plusWorkingTime(
        working(from), Duration.ofMinutes(Math.max(1, Math.round(minutes))));
  }

  private static <T> T pick(SplittableRandom random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static DossierEvent.Builder event(EventType type, Instant at) {
    return DossierEvent.builder().type(type).occurredAt(at);
  }

  /** Collects a dossier's events, assigns recording delays and cuts the log at the export. */
  private final class Timeline {
    private final SplittableRandom random;
    private final List<DossierEvent> events = new ArrayList<>();

    Timeline(SplittableRandom random) {
      this.random = random;
    }

    void handOver(Instant at, String from, String fromUnit, String to, String toUnit, String step) {
      add(
          event(EventType.HANDED_OVER, at)
              .official(from)
              .unit(fromUnit)
              .toOfficial(to)
              .toUnit(toUnit)
              .step(step));
    }

    void add(DossierEvent.Builder builder) {
      DossierEvent draft = builder.recordedAt(Instant.EPOCH).build();
      Instant recorded;
      if (draft.type() == EventType.HANDED_OVER && random.nextInt(100) < 4) {
        // A hand-over recorded one to three working days after it happened.
        recorded = work(draft.occurredAt(), MINUTES_PER_WORKING_DAY * (1 + random.nextInt(3)));
      } else {
        recorded = draft.occurredAt().plusSeconds(60L * random.nextInt(10));
      }
      events.add(DossierEvent.builder().from(draft).recordedAt(recorded).build());
    }

    List<DossierEvent> exported() {
      List<DossierEvent> sorted = new ArrayList<>(events);
      sorted.sort(Comparator.comparing(DossierEvent::occurredAt));
      List<DossierEvent> kept = new ArrayList<>();
      Instant lastRecorded = Instant.MIN;
      for (DossierEvent e : sorted) {
        // The log is appended in recording order: nothing that follows a late-recorded event can
        // be recorded before it (the next holder only sees the dossier once the hand-over is in).
        if (e.recordedAt().isBefore(lastRecorded)) {
          e = DossierEvent.builder().from(e).recordedAt(lastRecorded).build();
        }
        lastRecorded = e.recordedAt();
        if (e.occurredAt().isAfter(exportAt) || e.recordedAt().isAfter(exportAt)) {
          break;
        }
        kept.add(e);
      }
      return kept;
    }
  }
}
