package io.github.proctime.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code proctime bench}: runs the JMH benchmarks; every argument is passed to JMH. */
@Command(
    name = "bench",
    description = {
      "Run the JMH benchmarks (see BENCHMARKS.md). Arguments go to JMH, e.g.",
      "  proctime bench WorkingDayBenchmarks -p amount=22",
      "  proctime bench -h   (JMH's own options)"
    })
final class BenchCommand implements Callable<Integer> {
  // Everything, options included, belongs to JMH.
  @Unmatched List<String> jmhArguments = new ArrayList<>();

  @Override
  public Integer call() throws RunnerException, java.io.IOException {
    CommandLineOptions options;
    try {
      options = new CommandLineOptions(jmhArguments.toArray(new String[0]));
    } catch (CommandLineOptionException e) {
      System.err.println("proctime bench: " + e.getMessage());
      return ProctimeCli.EXIT_USAGE;
    }
    if (options.shouldHelp()) {
      options.showHelp();
      return 0;
    }
    if (options.shouldList()) {
      new Runner(options).list();
      return 0;
    }
    new Runner(options).run();
    return 0;
  }
}
