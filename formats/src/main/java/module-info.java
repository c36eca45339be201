/** Input and output formats for proctime. */
module io.github.proctime.formats {
  requires static org.immutables.value.annotations;
  requires transitive io.github.proctime.core;
  requires com.google.common;
  requires org.slf4j;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires org.dhatim.fastexcel;

  exports io.github.proctime.formats;
  exports io.github.proctime.formats.csv;
  exports io.github.proctime.formats.html;
  exports io.github.proctime.formats.json;
  exports io.github.proctime.formats.portal;
  exports io.github.proctime.formats.xlsx;
}
