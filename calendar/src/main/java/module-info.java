/** Vietnam's working calendar for civil servants. */
module io.github.proctime.calendar {
  requires static org.immutables.value.annotations;
  requires com.google.common;
  requires org.slf4j;

  exports io.github.proctime;
  exports io.github.proctime.calendar;
  exports io.github.proctime.calendar.lunar;
}
