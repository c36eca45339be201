package io.github.proctime.examples.bench;

import io.github.proctime.calendar.WorkingCalendar;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The working-calendar calls some work makes, recorded with their arguments so that they can be
 * replayed alone: the cost of the calendar arithmetic in that work, without anything around it.
 *
 * <p>{@link #recording} gives a calendar that records every call made through the {@link
 * WorkingCalendar} interface, then passes it to the real calendar (a default method such as {@code
 * workingPosition} is passed whole, so the calls it makes inside are not recorded twice). {@link
 * #replay} then makes the same calls, with the same argument objects, straight on the real
 * calendar. The replay measures about what the recorded work spends in the calendar: the arguments
 * are already built, so it leaves out converting instants to dates and back; but the calls run out
 * of their context (in a loop of their own, not inlined into the code that made them), so it is not
 * a strict lower bound.
 *
 * <p>A call of a method {@link #replay} does not know fails the recording, so that a change to what
 * the engine calls cannot make the replay quietly leave calls out.
 */
public final class CalendarCallLog {
  private static final List<String> REPLAYED =
      List.of(
          "zone",
          "coverageStart",
          "coverageEnd",
          "day",
          "isWorkingDay",
          "nextWorkingDay",
          "previousWorkingDay",
          "plusWorkingDays",
          "nextOrSameWorkingInstant",
          "startOfWorkingDay",
          "endOfWorkingDay",
          "plusWorkingTime",
          "workingTimeBetween",
          "workingPosition");

  private final WorkingCalendar real;
  private final List<Integer> ops = new ArrayList<>();
  private final List<Object> firsts = new ArrayList<>();
  private final List<Object> seconds = new ArrayList<>();
  private long answers;

  private CalendarCallLog(WorkingCalendar real) {
    this.real = real;
  }

  /**
   * An empty log of calls to be made to a calendar.
   *
   * @param real the calendar the calls go to, when recorded and when replayed
   * @return the log
   */
  public static CalendarCallLog of(WorkingCalendar real) {
    return new CalendarCallLog(real);
  }

  /**
   * A calendar that records each call into this log, then makes it on the real calendar.
   *
   * @return the recording calendar
   */
  public WorkingCalendar recording() {
    InvocationHandler handler =
        (proxy, method, args) -> {
          boolean recorded = record(method, args);
          Object answer;
          try {
            answer = method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (recorded) {
            answers += answer(answer);
          }
          return answer;
        };
    return (WorkingCalendar)
        Proxy.newProxyInstance(
            WorkingCalendar.class.getClassLoader(),
            new Class<?>[] {WorkingCalendar.class},
            handler);
  }

  private boolean record(Method method, Object[] args) {
    String name = method.getName();
    if (name.equals("toString") || name.equals("hashCode") || name.equals("equals")) {
      return false;
    }
    int op = REPLAYED.indexOf(name);
    if (op < 0) {
      throw new IllegalStateException(
          "CalendarCallLog cannot replay WorkingCalendar." + name + ": add it to the replay");
    }
    ops.add(op);
    firsts.add(args == null || args.length < 1 ? null : args[0]);
    seconds.add(args == null || args.length < 2 ? null : args[1]);
    return true;
  }

  /** An answer as {@link Replay#run} sums it, whatever the method. */
  private static long answer(Object answer) {
    if (answer instanceof LocalDate date) {
      return date.toEpochDay();
    } else if (answer instanceof Instant instant) {
      return instant.getEpochSecond();
    } else if (answer instanceof Duration duration) {
      return duration.getSeconds();
    } else if (answer instanceof Boolean isTrue) {
      return isTrue ? 1 : 0;
    } else if (answer instanceof Long position) {
      return position;
    }
    return answer.hashCode(); // the zone, a calendar day
  }

  /**
   * Forgets the calls recorded so far.
   *
   * @return this log
   */
  public CalendarCallLog clear() {
    ops.clear();
    firsts.clear();
    seconds.clear();
    answers = 0;
    return this;
  }

  /**
   * The number of calls recorded.
   *
   * @return the number of calls
   */
  public int size() {
    return ops.size();
  }

  /**
   * The calls recorded, counted by method name.
   *
   * @return method name to number of calls, sorted by name
   */
  public Map<String, Integer> counts() {
    Map<String, Integer> counts = new TreeMap<>();
    for (int op : ops) {
      counts.merge(REPLAYED.get(op), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * The recorded calls, ready to be made again on the real calendar.
   *
   * @return the replay
   */
  public Replay replay() {
    return new Replay(real, ops, firsts, seconds, answers);
  }

  /** The recorded calls, in arrays, replayed by a switch on each call's method. */
  public static final class Replay {
    private final WorkingCalendar calendar;
    private final int[] ops;
    private final LocalDate[] dates;
    private final Instant[] instants;
    private final Instant[] secondInstants;
    private final Duration[] durations;
    private final int[] ints;
    private final long recordedAnswers;

    private Replay(
        WorkingCalendar calendar,
        List<Integer> ops,
        List<Object> firsts,
        List<Object> seconds,
        long recordedAnswers) {
      this.calendar = calendar;
      this.recordedAnswers = recordedAnswers;
      int n = ops.size();
      this.ops = new int[n];
      this.dates = new LocalDate[n];
      this.instants = new Instant[n];
      this.secondInstants = new Instant[n];
      this.durations = new Duration[n];
      this.ints = new int[n];
      for (int i = 0; i < n; i++) {
        this.ops[i] = ops.get(i);
        Object first = firsts.get(i);
        Object second = seconds.get(i);
        if (first instanceof LocalDate) {
          dates[i] = (LocalDate) first;
        } else if (first instanceof Instant) {
          instants[i] = (Instant) first;
        }
        if (second instanceof Integer) {
          ints[i] = (Integer) second;
        } else if (second instanceof Instant) {
          secondInstants[i] = (Instant) second;
        } else if (second instanceof Duration) {
          durations[i] = (Duration) second;
        }
      }
    }

    /**
     * The number of calls replayed by each {@link #run}.
     *
     * @return the number of calls
     */
    public int size() {
      return ops.length;
    }

    /**
     * The sum of the answers the calls gave when they were recorded, in the form {@link #run}
     * returns it: a replay that leaves a call out or makes it with other arguments returns another
     * sum (short of a collision).
     *
     * @return the recorded answers' sum
     */
    public long recordedAnswers() {
      return recordedAnswers;
    }

    /**
     * Makes every recorded call once, in order.
     *
     * @return a sum of the answers, so that no call can be left out by the compiler
     */
    public long run() {
      WorkingCalendar c = calendar;
      long sum = 0;
      for (int i = 0; i < ops.length; i++) {
        switch (ops[i]) {
          case 0:
            sum += c.zone().hashCode();
            break;
          case 1:
            sum += c.coverageStart().toEpochDay();
            break;
          case 2:
            sum += c.coverageEnd().toEpochDay();
            break;
          case 3:
            sum += c.day(dates[i]).hashCode();
            break;
          case 4:
            sum += c.isWorkingDay(dates[i]) ? 1 : 0;
            break;
          case 5:
            sum += c.nextWorkingDay(dates[i]).toEpochDay();
            break;
          case 6:
            sum += c.previousWorkingDay(dates[i]).toEpochDay();
            break;
          case 7:
            sum += c.plusWorkingDays(dates[i], ints[i]).toEpochDay();
            break;
          case 8:
            sum += c.nextOrSameWorkingInstant(instants[i]).getEpochSecond();
            break;
          case 9:
            sum += c.startOfWorkingDay(dates[i]).getEpochSecond();
            break;
          case 10:
            sum += c.endOfWorkingDay(dates[i]).getEpochSecond();
            break;
          case 11:
            sum += c.plusWorkingTime(instants[i], durations[i]).getEpochSecond();
            break;
          case 12:
            sum += c.workingTimeBetween(instants[i], secondInstants[i]).getSeconds();
            break;
          case 13:
            sum += c.workingPosition(instants[i]);
            break;
          default:
            throw new AssertionError(ops[i]);
        }
      }
      return sum;
    }
  }
}
