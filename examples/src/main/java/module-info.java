/** The proctime command-line tool, the demo province and embedding examples. */
module io.github.proctime.examples {
  requires io.github.proctime.formats;
  requires info.picocli;
  requires org.slf4j;

  opens io.github.proctime.examples.cli to
      info.picocli;
}
