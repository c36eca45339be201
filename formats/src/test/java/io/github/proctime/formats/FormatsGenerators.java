package io.github.proctime.formats;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.proctime.core.Channel;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierEvent;
import io.github.proctime.core.EventType;
import io.github.proctime.core.Procedure;
import io.github.proctime.core.ProcedureVersion;
import io.github.proctime.core.ProcessingTime;
import io.github.proctime.core.Step;
import io.github.proctime.core.TimeUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The generators shared by the property tests of module formats. */
public final class FormatsGenerators {
  private FormatsGenerators() {}

  /** Text fragments chosen to stress quoting and encoding: commas, quotes, breaks, formulas. */
  private static final List<String> FRAGMENTS =
      List.of(
          "Nguyễn",
          "Văn",
          "An",
          "Trần Thị Bình",
          "PHONG_TNMT",
          "Bộ phận một cửa",
          ",",
          "\"",
          "\n",
          "\r\n",
          " ",
          "=SUM(A1)",
          "-3",
          "@x",
          "{}",
          "\\",
          "Đ",
          "1.004227",
          "'");

  /** Non-empty text built from the fragments. */
  public static Gen<String> texts() {
    Gen<String> fragment = Generate.pick(FRAGMENTS);
    Gen<Integer> count = integers().between(1, 4);
    return r -> {
      StringBuilder b = new StringBuilder();
      int n = count.generate(r);
      for (int i = 0; i < n; i++) {
        b.append(fragment.generate(r));
      }
      return b.toString();
    };
  }

  /** Text that is not blank, for required fields. */
  public static Gen<String> nonBlankTexts() {
    return texts().map(s -> s.isBlank() ? "X" + s : s);
  }

  /** Absent, or non-empty text. */
  public static Gen<Optional<String>> optionalTexts() {
    Gen<String> texts = texts();
    Gen<Boolean> present = booleans().all();
    return r -> present.generate(r) ? Optional.of(texts.generate(r)) : Optional.empty();
  }

  /** Instants from 2020 to 2030, to the second, sometimes to the millisecond. */
  public static Gen<Instant> instants() {
    Gen<Long> seconds =
        longs()
            .between(
                Instant.parse("2020-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2030-12-31T00:00:00Z").getEpochSecond());
    Gen<Integer> millis = integers().between(0, 999);
    Gen<Boolean> whole = booleans().all();
    return r -> {
      Instant i = Instant.ofEpochSecond(seconds.generate(r));
      return whole.generate(r) ? i : i.plusMillis(millis.generate(r));
    };
  }

  /** Absent, or an instant. */
  public static Gen<Optional<Instant>> optionalInstants() {
    Gen<Instant> instants = instants();
    Gen<Boolean> present = booleans().all();
    return r -> present.generate(r) ? Optional.of(instants.generate(r)) : Optional.empty();
  }

  /** Events of any type with any combination of optional fields. */
  public static Gen<DossierEvent> events() {
    Gen<EventType> types = Generate.enumValues(EventType.class);
    Gen<Instant> instants = instants();
    Gen<Optional<String>> texts = optionalTexts();
    Gen<Optional<Instant>> optionalInstants = optionalInstants();
    return r ->
        DossierEvent.builder()
            .type(types.generate(r))
            .occurredAt(instants.generate(r))
            .recordedAt(instants.generate(r))
            .official(texts.generate(r))
            .unit(texts.generate(r))
            .toOfficial(texts.generate(r))
            .toUnit(texts.generate(r))
            .step(texts.generate(r))
            .reason(texts.generate(r))
            .newAppointment(optionalInstants.generate(r))
            .note(texts.generate(r))
            .build();
  }

  /** Lists of 0 to 8 dossiers with distinct codes, each with 1 to 6 events. */
  public static Gen<List<Dossier>> dossierLists() {
    Gen<Integer> size = integers().between(0, 8);
    Gen<Integer> eventCount = integers().between(1, 6);
    Gen<String> texts = nonBlankTexts();
    Gen<Optional<String>> optionalTexts = optionalTexts();
    Gen<Optional<Instant>> optionalInstants = optionalInstants();
    Gen<Channel> channels = Generate.enumValues(Channel.class);
    Gen<DossierEvent> events = events();
    return r -> {
      List<Dossier> out = new ArrayList<>();
      int n = size.generate(r);
      for (int i = 0; i < n; i++) {
        Dossier.Builder b =
            Dossier.builder()
                .code("D" + i + texts.generate(r))
                .procedureCode(texts.generate(r))
                .receivingUnit(texts.generate(r))
                .channel(channels.generate(r))
                .applicant(optionalTexts.generate(r))
                .printedAppointment(optionalInstants.generate(r));
        int m = eventCount.generate(r);
        for (int j = 0; j < m; j++) {
          b.addEvents(events.generate(r));
        }
        out.add(b.build());
      }
      return out;
    };
  }

  /** Processing times in every unit. */
  public static Gen<ProcessingTime> processingTimes() {
    return integers().between(0, 90).zip(Generate.enumValues(TimeUnit.class), ProcessingTime::of);
  }

  /** Lists of 0 to 5 procedures with distinct codes, 1 to 3 versions, 0 to 4 steps each. */
  public static Gen<List<Procedure>> procedureLists() {
    Gen<Integer> size = integers().between(0, 5);
    Gen<Integer> versionCount = integers().between(1, 3);
    Gen<Integer> stepCount = integers().between(0, 4);
    Gen<Integer> gap = integers().between(1, 400);
    Gen<String> texts = nonBlankTexts();
    Gen<Optional<String>> optionalTexts = optionalTexts();
    Gen<ProcessingTime> times = processingTimes();
    Gen<Boolean> coin = booleans().all();
    Gen<Integer> minutes = integers().between(0, 24 * 60 - 1);
    return r -> {
      List<Procedure> out = new ArrayList<>();
      int n = size.generate(r);
      for (int i = 0; i < n; i++) {
        Procedure.Builder p =
            Procedure.builder()
                .code("P" + i + texts.generate(r))
                .name(texts.generate(r))
                .field(coin.generate(r) ? "" : texts.generate(r));
        LocalDate from = LocalDate.of(2018, 1, 1);
        int versions = versionCount.generate(r);
        for (int v = 0; v < versions; v++) {
          from = from.plusDays(gap.generate(r));
          ProcedureVersion.Builder b =
              ProcedureVersion.builder()
                  .effectiveFrom(from)
                  .decision(coin.generate(r) ? "" : texts.generate(r))
                  .processingTime(times.generate(r))
                  .intakeCutoff(
                      coin.generate(r)
                          ? Optional.empty()
                          : Optional.of(LocalTime.ofSecondOfDay(minutes.generate(r) * 60L)));
          int steps = stepCount.generate(r);
          for (int s = 0; s < steps; s++) {
            b.addSteps(
                Step.builder()
                    .id("S" + s + texts.generate(r))
                    .name(texts.generate(r))
                    .ownerUnit(texts.generate(r))
                    .allotment(times.generate(r))
                    .agency(optionalTexts.generate(r))
                    .build());
          }
          p.addVersions(b.build());
        }
        out.add(p.build());
      }
      return out;
    };
  }
}
