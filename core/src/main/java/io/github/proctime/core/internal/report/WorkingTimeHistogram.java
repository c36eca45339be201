package io.github.proctime.core.internal.report;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * A bounded-memory histogram of durations in whole minutes, for nearest-rank percentiles.
 *
 * <p>Values below 256 minutes have a bucket each. A value v of 256 minutes or more, with {@code 2^k
 * <= v < 2^(k+1)}, falls in a bucket {@code 2^(k-7)} minutes wide, so 128 buckets cover each
 * doubling and a bucket is at most 1/128 of its values wide. A percentile is reported as the lower
 * bound of its bucket. The bucket array grows to the largest bucket used, at most 7 296 entries for
 * any {@code long} value, whatever the number of values.
 *
 * <p>Not thread-safe.
 */
final class WorkingTimeHistogram {
  private static final int EXACT = 256;
  private static final int PER_DOUBLING = 128;

  private long[] counts = new long[0];
  private long total;

  static int bucket(long minutes) {
    if (minutes < EXACT) {
      return (int) minutes;
    }
    int k = 63 - Long.numberOfLeadingZeros(minutes);
    int shift = k - 7;
    long sub = minutes >>> shift;
    return EXACT + (k - 8) * PER_DOUBLING + (int) (sub - PER_DOUBLING);
  }

  static long lowerBound(int bucket) {
    if (bucket < EXACT) {
      return bucket;
    }
    int k = 8 + (bucket - EXACT) / PER_DOUBLING;
    long sub = PER_DOUBLING + (bucket - EXACT) % PER_DOUBLING;
    return sub << (k - 7);
  }

  void add(Duration d) {
    long minutes = d.toMinutes();
    if (minutes < 0) {
      throw new IllegalArgumentException("Negative processing time: " + d);
    }
    int b = bucket(minutes);
    if (b >= counts.length) {
      counts = Arrays.copyOf(counts, Math.max(b + 1, counts.length * 2));
    }
    counts[b]++;
    total++;
  }

  void merge(WorkingTimeHistogram other) {
    if (other.counts.length > counts.length) {
      counts = Arrays.copyOf(counts, other.counts.length);
    }
    for (int i = 0; i < other.counts.length; i++) {
      counts[i] += other.counts[i];
    }
    total += other.total;
  }

  /**
   * The nearest-rank percentile: the lower bound of the bucket holding the value of rank {@code
   * ceil(p * n)}.
   */
  Optional<Duration> percentile(int percent) {
    if (total == 0) {
      return Optional.empty();
    }
    long rank = Math.max(1, (total * percent + 99) / 100);
    long seen = 0;
    for (int i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return Optional.of(Duration.ofMinutes(lowerBound(i)));
      }
    }
    throw new AssertionError("rank " + rank + " beyond total " + total);
  }
}
