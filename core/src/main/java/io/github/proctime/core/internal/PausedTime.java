package io.github.proctime.core.internal;

import io.github.proctime.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The working time inside a union of intervals, answered for any range in logarithmic time through
 * prefix sums over the merged intervals.
 */
final class PausedTime {
  private final WorkingCalendar calendar;
  private final List<Instant> starts = new ArrayList<>();
  private final List<Instant> ends = new ArrayList<>();
  private final List<Duration> before = new ArrayList<>();
  private Duration total = Duration.ZERO;

  /** Takes intervals [start, end) sorted by start; overlapping ones are merged. */
  PausedTime(WorkingCalendar calendar, List<Instant[]> sortedIntervals) {
    this.calendar = calendar;
    for (Instant[] interval : sortedIntervals) {
      Instant s = interval[0];
      Instant e = interval[1];
      if (!e.isAfter(s)) {
        continue;
      }
      int last = starts.size() - 1;
      if (last >= 0 && !s.isAfter(ends.get(last))) {
        if (e.isAfter(ends.get(last))) {
          ends.set(last, e);
        }
      } else {
        starts.add(s);
        ends.add(e);
      }
    }
    for (int i = 0; i < starts.size(); i++) {
      before.add(total);
      total = total.plus(calendar.workingTimeBetween(starts.get(i), ends.get(i)));
    }
  }

  Duration total() {
    return total;
  }

  /** The working time inside the intervals before an instant. */
  Duration upTo(Instant x) {
    int lo = 0;
    int hi = starts.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts.get(mid).isAfter(x)) {
        hi = mid - 1;
      } else {
        found = mid;
        lo = mid + 1;
      }
    }
    if (found < 0) {
      return Duration.ZERO;
    }
    Instant end = ends.get(found).isAfter(x) ? x : ends.get(found);
    return before.get(found).plus(calendar.workingTimeBetween(starts.get(found), end));
  }

  /** The working time inside the intervals within [a, b); zero if b is not after a. */
  Duration between(Instant a, Instant b) {
    if (!b.isAfter(a)) {
      return Duration.ZERO;
    }
    return upTo(b).minus(upTo(a));
  }

  int size() {
    return starts.size();
  }

  Instant start(int i) {
    return starts.get(i);
  }

  Instant end(int i) {
    return ends.get(i);
  }
}
