package io.github.proctime.examples.cli;

import io.github.proctime.ProctimeException;
import io.github.proctime.calendar.CalendarDay;
import io.github.proctime.calendar.VietnamCalendarBuilder;
import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingCalendars;
import io.github.proctime.calendar.lunar.LunarDate;
import io.github.proctime.calendar.lunar.VietnameseLunarCalendar;
import io.github.proctime.core.TimeUnit;
import io.github.proctime.formats.csv.SpreadsheetCells;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code proctime calendar}: Vietnam's civil-service working calendar and lunar calendar from the
 * command line, with machine-readable output.
 *
 * <p>Exit codes: 0 success; 1 bad input (the message on standard error names the option and the
 * value); 2 usage error (unknown or missing option).
 */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    versionProvider = ProctimeCli.Version.class,
    description = {
      "Vietnam's civil-service working calendar and the Vietnamese lunar calendar.",
      "",
      "The working calendar covers 1970-2100: official schedules for 2018-2026,",
      "statutory rules (Labor Code) for other years. The lunar calendar is computed",
      "for UTC+7. Exit codes: 0 success, 1 bad input (the message names the option",
      "and the value), 2 usage error."
    },
    subcommands = {
      CalendarCommand.Days.class,
      CalendarCommand.Add.class,
      CalendarCommand.Lunar.class,
      CalendarCommand.Solar.class
    })
public final class CalendarCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Bad input: reported on standard error, exit code 1. */
  static final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    BadInput(String option, String value, String problem) {
      super("Invalid value for option '" + option + "': '" + value + "': " + problem);
    }
  }

  /** Runs a command body, turning bad input into exit code 1 and a one-line message. */
  abstract static class Base implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    abstract void execute(PrintWriter out) throws BadInput;

    @Override
    public final Integer call() {
      try {
        execute(spec.commandLine().getOut());
        return 0;
      } catch (BadInput e) {
        spec.commandLine().getErr().println("proctime calendar: " + e.getMessage());
        return ProctimeCli.EXIT_BAD_INPUT;
      }
    }

    static <T> T parse(String option, String value, Function<String, T> parser, String expected)
        throws BadInput {
      try {
        return parser.apply(value);
      } catch (DateTimeParseException | IllegalArgumentException e) {
        throw new BadInput(option, value, "expected " + expected);
      }
    }
  }

  /** Options shared by the commands that use the working calendar. */
  static final class ScheduleOption {
    @Option(
        names = "--schedule",
        paramLabel = "FILE",
        description =
            "Add an official schedule for a newly announced year (CSV with the header"
                + " date,kind,holiday,name,source); repeatable. Its lines replace the statutory"
                + " rule for each holiday and year they name.")
    List<Path> schedules = new ArrayList<>();

    WorkingCalendar calendar() throws BadInput {
      if (schedules.isEmpty()) {
        return WorkingCalendars.vietnam();
      }
      VietnamCalendarBuilder b = WorkingCalendars.vietnamBuilder();
      for (Path p : schedules) {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
          b.addSchedule(r, p.toString());
        } catch (IOException e) {
          throw new BadInput("--schedule", p.toString(), "cannot be read (" + e + ")");
        } catch (ProctimeException e) {
          throw new BadInput("--schedule", p.toString(), e.getMessage());
        }
      }
      try {
        return b.build();
      } catch (ProctimeException e) {
        throw new BadInput("--schedule", schedules.toString(), e.getMessage());
      }
    }
  }

  /** {@code calendar days --year Y}: every date of a year as CSV. */
  @Command(
      name = "days",
      mixinStandardHelpOptions = true,
      versionProvider = ProctimeCli.Version.class,
      description = {
        "Print every date of a year as CSV.",
        "",
        "Header: date,working,kind,name,source. working is true or false; kind is",
        "WORKING, WEEKEND, PUBLIC_HOLIDAY, COMPENSATORY_DAY_OFF, SWAPPED_DAY_OFF,",
        "MAKE_UP_WORKING_DAY or LOCAL_CLOSURE; name and source are empty for an",
        "ordinary day. A day from a default pattern of a year whose schedule is not",
        "announced yet has \" (provisional)\" appended to its source."
      })
  static final class Days extends Base {
    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "1970-2100")
    String year;

    @CommandLine.Mixin ScheduleOption schedule;

    @Override
    void execute(PrintWriter out) throws BadInput {
      int y = parse("--year", year, Integer::parseInt, "a year such as 2025");
      WorkingCalendar c = schedule.calendar();
      if (y < c.coverageStart().getYear() || y > c.coverageEnd().getYear()) {
        throw new BadInput(
            "--year",
            year,
            "outside the calendar's coverage ("
                + c.coverageStart().getYear()
                + "-"
                + c.coverageEnd().getYear()
                + ")");
      }
      out.println("date,working,kind,name,source");
      for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
        CalendarDay day = c.day(d);
        String source = day.source() + (day.isProvisional() ? " (provisional)" : "");
        out.println(
            String.join(
                ",",
                d.toString(),
                Boolean.toString(day.isWorking()),
                day.kind().name(),
                csv(day.name()),
                csv(source)));
      }
    }

    private static String csv(String text) {
      String safe = SpreadsheetCells.neutralise(text);
      if (safe.contains(",") || safe.contains("\"") || safe.contains("\n")) {
        return "\"" + safe.replace("\"", "\"\"") + "\"";
      }
      return safe;
    }
  }

  /** {@code calendar add}: a date-time plus an amount in a unit. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      versionProvider = ProctimeCli.Version.class,
      description = {
        "Print a date-time plus an amount of working days, working hours or days.",
        "",
        "Prints the local date-time (ISO, zone Asia/Ho_Chi_Minh) AMOUNT UNITs after",
        "START, or before it if AMOUNT is negative. AMOUNT 0 prints START.",
        "WORKING_DAYS: the same local time on the AMOUNT-th working day strictly",
        "  after (before) START's date. START's date need not be a working day,",
        "  and the time is kept as given even outside working hours.",
        "WORKING_HOURS: the earliest instant at which AMOUNT hours of working time",
        "  (sessions 07:30-11:30 and 13:00-17:00 of working days) have elapsed",
        "  since START; from outside a session, counting starts at the next one.",
        "  Going back: the latest instant that far before START.",
        "CALENDAR_DAYS: START plus AMOUNT days, working or not."
      })
  static final class Add extends Base {
    @Option(
        names = "--start",
        required = true,
        paramLabel = "DATE-TIME",
        description = "Local date-time, such as 2025-01-24T16:30")
    String start;

    @Option(
        names = "--amount",
        required = true,
        paramLabel = "N",
        description = "Integer, negative to go back")
    String amount;

    @Option(
        names = "--unit",
        required = true,
        paramLabel = "UNIT",
        description = "WORKING_DAYS, WORKING_HOURS or CALENDAR_DAYS")
    String unit;

    @CommandLine.Mixin ScheduleOption schedule;

    @Override
    void execute(PrintWriter out) throws BadInput {
      LocalDateTime s =
          parse(
              "--start", start, LocalDateTime::parse, "a local date-time such as 2025-01-24T16:30");
      int n = parse("--amount", amount, Integer::parseInt, "an integer such as 3 or -2");
      TimeUnit u =
          parse("--unit", unit, TimeUnit::valueOf, "one of " + Arrays.toString(TimeUnit.values()));
      WorkingCalendar c = schedule.calendar();
      LocalDateTime result;
      try {
        switch (u) {
          case WORKING_DAYS:
            result = c.plusWorkingDays(s.toLocalDate(), n).atTime(s.toLocalTime());
            break;
          case WORKING_HOURS:
            result =
                LocalDateTime.ofInstant(
                    c.plusWorkingTime(s.atZone(c.zone()).toInstant(), Duration.ofHours(n)),
                    c.zone());
            break;
          default:
            result = s.plusDays(n);
            break;
        }
      } catch (ProctimeException e) {
        throw new BadInput("--start", start, e.getMessage());
      }
      out.println(result);
    }
  }

  /** {@code calendar lunar --date D}: the lunar date of a solar date. */
  @Command(
      name = "lunar",
      mixinStandardHelpOptions = true,
      versionProvider = ProctimeCli.Version.class,
      description = {
        "Print the Vietnamese lunar date of a solar date.",
        "",
        "Output: YYYY-MM-DD, followed by \" leap\" in a leap month (2025-06-01 leap)."
      })
  static final class Lunar extends Base {
    @Option(
        names = "--date",
        required = true,
        paramLabel = "DATE",
        description = "Solar date, such as 2025-01-29")
    String date;

    @Override
    void execute(PrintWriter out) throws BadInput {
      LocalDate d = parse("--date", date, LocalDate::parse, "an ISO date such as 2025-01-29");
      LunarDate l;
      try {
        l = VietnameseLunarCalendar.toLunar(d);
      } catch (ProctimeException e) {
        throw new BadInput("--date", date, e.getMessage());
      }
      out.println(
          String.format(
              "%04d-%02d-%02d%s", l.year(), l.month(), l.day(), l.isLeapMonth() ? " leap" : ""));
    }
  }

  /** {@code calendar solar --lunar D [--leap]}: the solar date of a lunar date. */
  @Command(
      name = "solar",
      mixinStandardHelpOptions = true,
      versionProvider = ProctimeCli.Version.class,
      description = "Print the solar (Gregorian) date of a Vietnamese lunar date.")
  static final class Solar extends Base {
    @Option(
        names = "--lunar",
        required = true,
        paramLabel = "YYYY-MM-DD",
        description = "Lunar year, month and day, such as 2025-01-01")
    String lunar;

    @Option(names = "--leap", description = "The month is the year's leap month")
    boolean leap;

    @Override
    void execute(PrintWriter out) throws BadInput {
      String[] parts = lunar.split("-", -1);
      int[] f = new int[3];
      if (parts.length != 3) {
        throw new BadInput("--lunar", lunar, "expected YYYY-MM-DD such as 2025-01-01");
      }
      for (int i = 0; i < 3; i++) {
        String part = parts[i];
        f[i] =
            parse("--lunar", lunar, x -> Integer.parseInt(part), "YYYY-MM-DD such as 2025-01-01");
      }
      try {
        out.println(VietnameseLunarCalendar.toSolar(LunarDate.of(f[0], f[1], f[2], leap)));
      } catch (ProctimeException | IllegalArgumentException e) {
        throw new BadInput("--lunar", lunar + (leap ? " --leap" : ""), e.getMessage());
      }
    }
  }
}
