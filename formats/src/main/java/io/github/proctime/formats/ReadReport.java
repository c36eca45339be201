package io.github.proctime.formats;

import java.util.List;
import java.util.Objects;

/**
 * The counts of one read: records read, accepted and rejected, with the first rejections.
 *
 * <p>A record is one unit the reader yields or skips: a dossier (for the CSV event log, all rows of
 * one dossier together) or a procedure. {@code read() == accepted() + rejected()} always holds. The
 * counts are exact; {@link #rejections()} keeps the first {@value #RETAINED_REJECTIONS} rejections
 * so that a huge bad input cannot exhaust memory, and a caller who needs every one sets {@link
 * ReadOptions#withRejectionListener}.
 *
 * <pre>{@code
 * ReadReport r = reader.report();
 * System.err.printf("%d read, %d accepted, %d rejected%n", r.read(), r.accepted(), r.rejected());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReadReport {
  /** How many rejections {@link #rejections()} keeps. */
  public static final int RETAINED_REJECTIONS = 100;

  private final String source;
  private final long accepted;
  private final long rejected;
  private final List<FormatException> rejections;

  private ReadReport(
      String source, long accepted, long rejected, List<FormatException> rejections) {
    this.source = Objects.requireNonNull(source, "source");
    this.accepted = accepted;
    this.rejected = rejected;
    this.rejections = List.copyOf(rejections);
  }

  /**
   * Creates a report.
   *
   * @param source the input's name
   * @param accepted the number of records accepted, zero or more
   * @param rejected the number of records rejected, zero or more
   * @param rejections the first rejections, at most {@value #RETAINED_REJECTIONS} and not more than
   *     {@code rejected}
   * @return the report
   * @throws IllegalArgumentException if a count is negative or the list is too long
   */
  public static ReadReport of(
      String source, long accepted, long rejected, List<FormatException> rejections) {
    if (accepted < 0 || rejected < 0) {
      throw new IllegalArgumentException(
          "Invalid ReadReport counts (must be 0 or more): accepted "
              + accepted
              + ", rejected "
              + rejected);
    }
    if (rejections.size() > Math.min(rejected, RETAINED_REJECTIONS)) {
      throw new IllegalArgumentException(
          "Invalid ReadReport: " + rejections.size() + " rejections kept for " + rejected);
    }
    return new ReadReport(source, accepted, rejected, rejections);
  }

  /**
   * The input's name.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * The number of records read so far: accepted plus rejected.
   *
   * @return the count
   */
  public long read() {
    return accepted + rejected;
  }

  /**
   * The number of records yielded to the caller.
   *
   * @return the count
   */
  public long accepted() {
    return accepted;
  }

  /**
   * The number of records skipped (lenient mode) or thrown (strict mode: 0 or 1).
   *
   * @return the count
   */
  public long rejected() {
    return rejected;
  }

  /**
   * The first rejections, in input order.
   *
   * @return at most {@value #RETAINED_REJECTIONS} exceptions
   */
  public List<FormatException> rejections() {
    return rejections;
  }

  @Override
  public String toString() {
    return source + ": " + read() + " read, " + accepted + " accepted, " + rejected + " rejected";
  }
}
