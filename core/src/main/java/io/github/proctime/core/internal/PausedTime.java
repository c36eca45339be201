package io.github.proctime.core.internal;

import io.github.proctime.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The working time inside a union of intervals, answered for any range in logarithmic time through
 * prefix sums over the merged intervals.
 */
final class PausedTime {
  private static final Instant[] NONE = new Instant[0];

  private final WorkingCalendar calendar;
  private final Instant[] starts;
  private final Instant[] ends;
  private final long[] before; // working nanoseconds inside the intervals before each one
  private final int size;
  private final Duration total;

  /** Takes intervals [start, end) sorted by start; overlapping ones are merged. */
  PausedTime(WorkingCalendar calendar, List<Instant[]> sortedIntervals) {
    this.calendar = calendar;
    // Most timelines have no pause of a kind: no arrays then, and every query answers zero at once.
    int n = sortedIntervals.size();
    starts = n == 0 ? NONE : new Instant[n];
    ends = n == 0 ? NONE : new Instant[n];
    int count = 0;
    for (Instant[] interval : sortedIntervals) {
      Instant s = interval[0];
      Instant e = interval[1];
      if (!e.isAfter(s)) {
        continue;
      }
      if (count > 0 && !s.isAfter(ends[count - 1])) {
        if (e.isAfter(ends[count - 1])) {
          ends[count - 1] = e;
        }
      } else {
        starts[count] = s;
        ends[count] = e;
        count++;
      }
    }
    size = count;
    before = new long[count];
    long sum = 0;
    for (int i = 0; i < count; i++) {
      before[i] = sum;
      sum += calendar.workingTimeBetween(starts[i], ends[i]).toNanos();
    }
    total = sum == 0 ? Duration.ZERO : Duration.ofNanos(sum);
  }

  Duration total() {
    return total;
  }

  /** The working time inside the intervals before an instant. */
  Duration upTo(Instant x) {
    long nanos = nanosUpTo(x);
    return nanos == 0 ? Duration.ZERO : Duration.ofNanos(nanos);
  }

  private long nanosUpTo(Instant x) {
    int lo = 0;
    int hi = size - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid].isAfter(x)) {
        hi = mid - 1;
      } else {
        found = mid;
        lo = mid + 1;
      }
    }
    if (found < 0) {
      return 0;
    }
    Instant end = ends[found].isAfter(x) ? x : ends[found];
    return before[found] + calendar.workingTimeBetween(starts[found], end).toNanos();
  }

  /** The working time inside the intervals within [a, b); zero if b is not after a. */
  Duration between(Instant a, Instant b) {
    if (size == 0 || !b.isAfter(a) || !b.isAfter(starts[0]) || !a.isBefore(ends[size - 1])) {
      return Duration.ZERO;
    }
    long nanos = nanosUpTo(b) - nanosUpTo(a);
    return nanos == 0 ? Duration.ZERO : Duration.ofNanos(nanos);
  }

  int size() {
    return size;
  }

  Instant start(int i) {
    return starts[i];
  }

  Instant end(int i) {
    return ends[i];
  }
}
