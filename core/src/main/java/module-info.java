/** The pure domain of procedure-timeline accounting. */
module io.github.proctime.core {
  requires static org.immutables.value.annotations;
  requires transitive io.github.proctime.calendar;
  requires com.google.common;
  requires org.slf4j;

  exports io.github.proctime.core;
  exports io.github.proctime.core.report;
}
