package io.github.proctime.core.internal;

import io.github.proctime.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The working time inside a union of intervals, answered for any range in logarithmic time through
 * prefix sums over the merged intervals.
 *
 * <p>Ranges are given as working positions ({@link WorkingCalendar#workingPosition}): the working
 * time of {@code [s, min(e, x))} is {@code min(pos(e), pos(x)) - pos(s)} because positions never
 * decrease, so no query converts an instant again.
 */
final class PausedTime {
  private static final long[] NONE = new long[0];

  private final long[] starts; // working positions of the merged intervals' starts
  private final long[] ends;
  private final long[] before; // working nanoseconds inside the intervals before each one
  private final int size;
  private final long totalNanos;
  private final Duration total;

  /** Takes intervals [start, end) sorted by start; overlapping ones are merged. */
  PausedTime(WorkingCalendar calendar, List<Instant[]> sortedIntervals) {
    // Most timelines have no pause of a kind: no arrays then, and every query answers zero at once.
    int n = sortedIntervals.size();
    Instant[] s = n == 0 ? null : new Instant[n];
    Instant[] e = n == 0 ? null : new Instant[n];
    int count = 0;
    for (Instant[] interval : sortedIntervals) {
      Instant a = interval[0];
      Instant b = interval[1];
      if (!b.isAfter(a)) {
        continue;
      }
      if (count > 0 && !a.isAfter(e[count - 1])) {
        if (b.isAfter(e[count - 1])) {
          e[count - 1] = b;
        }
      } else {
        s[count] = a;
        e[count] = b;
        count++;
      }
    }
    size = count;
    starts = count == 0 ? NONE : new long[count];
    ends = count == 0 ? NONE : new long[count];
    before = count == 0 ? NONE : new long[count];
    long sum = 0;
    for (int i = 0; i < count; i++) {
      starts[i] = calendar.workingPosition(s[i]);
      ends[i] = calendar.workingPosition(e[i]);
      before[i] = sum;
      sum += ends[i] - starts[i];
    }
    totalNanos = sum;
    total = sum == 0 ? Duration.ZERO : Duration.ofNanos(sum);
  }

  Duration total() {
    return total;
  }

  long totalNanos() {
    return totalNanos;
  }

  /** The working nanoseconds inside the intervals before a working position. */
  long upTo(long x) {
    int lo = 0;
    int hi = size - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] > x) {
        hi = mid - 1;
      } else {
        found = mid;
        lo = mid + 1;
      }
    }
    if (found < 0) {
      return 0;
    }
    return before[found] + Math.min(ends[found], x) - starts[found];
  }

  /** The working nanoseconds inside the intervals within [a, b) (positions); zero if b <= a. */
  long between(long a, long b) {
    if (size == 0 || b <= a || b <= starts[0] || a >= ends[size - 1]) {
      return 0;
    }
    return upTo(b) - upTo(a);
  }

  int size() {
    return size;
  }

  /** The working position of the start of a merged interval. */
  long start(int i) {
    return starts[i];
  }

  /** The working position of the end of a merged interval. */
  long end(int i) {
    return ends[i];
  }
}
