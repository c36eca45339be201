package io.github.proctime.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code proctime} command-line tool: the entry point of {@code ./proctime}.
 *
 * <p>Exit codes: 0 success, 1 bad input (the message on standard error names the source, the record
 * and the rule), 2 usage error.
 */
@Command(
    name = "proctime",
    mixinStandardHelpOptions = true,
    versionProvider = ProctimeCli.Version.class,
    description = {
      "Procedure-timeline accounting for Vietnamese one-stop shops:",
      "working calendars, due times, overdue status, delay attribution and period reports."
    },
    subcommands = {
      CommandLine.HelpCommand.class,
      CalendarCommand.class,
      DemoCommand.class,
      EvaluateCommand.class,
      ReportCommand.class,
      RenderCommand.class,
      ExplainCommand.class,
      BenchCommand.class
    })
public final class ProctimeCli implements Runnable {
  /** Exit code for input that proctime cannot accept. */
  public static final int EXIT_BAD_INPUT = 1;

  /** Exit code for a command line that cannot be understood. */
  public static final int EXIT_USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Builds the command line with every subcommand registered.
   *
   * @param out where normal output goes
   * @param err where errors go
   * @return a configured command line
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new ProctimeCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(
        t -> t instanceof CommandLine.ParameterException ? EXIT_USAGE : EXIT_BAD_INPUT);
    cli.setExecutionExceptionHandler(
        (exception, command, parseResult) -> {
          if (exception instanceof io.github.proctime.ProctimeException
              || exception instanceof java.io.IOException
              || exception instanceof java.io.UncheckedIOException) {
            // Bad input: the message names the source, the record, the field and the rule.
            String message =
                exception instanceof io.github.proctime.ProctimeException
                    ? exception.getMessage()
                    : exception.getClass().getSimpleName() + ": " + exception.getMessage();
            command.getErr().println("proctime: " + message);
          } else {
            exception.printStackTrace(command.getErr());
          }
          command.getErr().flush();
          return EXIT_BAD_INPUT;
        });
    return cli;
  }

  /**
   * Runs the tool with the given arguments and returns the exit code.
   *
   * @param out where normal output goes
   * @param err where errors go
   * @param args the command-line arguments
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Flushes standard output and fails if anything written to it was lost (a full disk, a closed
   * pipe): PrintWriter swallows those errors, so a run would otherwise report success.
   *
   * @param out the command's standard output
   * @throws BadInputException if writing failed
   */
  static void checkWritten(java.io.Writer out) {
    if (out instanceof PrintWriter p && p.checkError()) {
      throw new BadInputException("could not write to standard output (disk full or pipe closed)");
    }
  }

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /** Reads the project version that the build wrote into {@code proctime-version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"proctime " + projectVersion()};
    }
  }

  /**
   * The version of this build, as written by Maven into the jar.
   *
   * @return the version, such as {@code 0.1.0-SNAPSHOT}
   */
  public static String projectVersion() {
    try (InputStream in = ProctimeCli.class.getResourceAsStream("/proctime-version.properties")) {
      if (in == null) {
        throw new IllegalStateException("proctime-version.properties is missing from the jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
