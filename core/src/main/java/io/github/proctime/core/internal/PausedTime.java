package io.github.proctime.core.internal;

import java.time.Duration;

/**
 * The working time inside a union of intervals, answered for any range in logarithmic time through
 * prefix sums over the merged intervals.
 *
 * <p>Ranges are given as working positions ({@link
 * io.github.proctime.calendar.WorkingCalendar#workingPosition}): the working time of {@code [s,
 * min(e, x))} is {@code min(pos(e), pos(x)) - pos(s)} because positions never decrease, so no query
 * converts an instant again.
 */
final class PausedTime {
  static final long[] NONE = new long[0];

  private final long[] starts; // working positions of the merged intervals' starts
  private final long[] ends;
  private final long[] before; // working nanoseconds inside the intervals before each one
  private final int size;
  private final long totalNanos;
  private final Duration total;

  /**
   * Takes intervals [starts[i], ends[i]) of working positions, i below count, sorted by start;
   * overlapping ones are merged. The arrays become this object's.
   *
   * <p>Merging positions rather than instants gives the same answers: positions never decrease, so
   * the union of the intervals' images holds exactly the working time of the union of the
   * intervals.
   */
  PausedTime(long[] starts, long[] ends, int count) {
    int merged = 0;
    for (int i = 0; i < count; i++) {
      long a = starts[i];
      long b = ends[i];
      if (b <= a) {
        continue;
      }
      if (merged > 0 && a <= ends[merged - 1]) {
        if (b > ends[merged - 1]) {
          ends[merged - 1] = b;
        }
      } else {
        starts[merged] = a;
        ends[merged] = b;
        merged++;
      }
    }
    this.starts = starts;
    this.ends = ends;
    this.size = merged;
    // Most timelines have no pause of a kind: no prefix sums then, and every query answers zero.
    before = merged == 0 ? NONE : new long[merged];
    long sum = 0;
    for (int i = 0; i < merged; i++) {
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
