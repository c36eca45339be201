package io.github.proctime.core;

/**
 * Which instants of the events a {@link TimelineEvaluation} reads.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Timeline {
  /** {@link DossierEvent#occurredAt()}: when things really happened. */
  OCCURRED,
  /** {@link DossierEvent#recordedAt()}: when they were entered in the system. */
  RECORDED
}
