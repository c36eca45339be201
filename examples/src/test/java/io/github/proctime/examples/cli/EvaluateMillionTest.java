package io.github.proctime.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A million dossiers stream through {@code proctime evaluate} in a JVM limited to 256 MB of heap:
 * the test writes NDJSON into a named pipe as the command reads it, so the input exists neither in
 * memory nor on disk, and the output goes to /dev/null. The count is read back from the command's
 * own report on standard error. Tagged {@code large}; it runs in {@code ./mvnw verify}.
 */
@Tag("large")
class EvaluateMillionTest {
  static final int COUNT = Integer.getInteger("proctime.millionTest.count", 1_000_000);

  @Test
  void aMillionDossiersStreamThroughEvaluateIn256MbOfHeap(@TempDir Path dir) throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/mkfifo")),
        "needs mkfifo (a POSIX system) to stream the input without storing it");
    Path fifo = dir.resolve("dossiers.ndjson");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    Path errors = dir.resolve("stderr.txt");
    Process proctime =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    ProctimeCli.class.getName(),
                    "evaluate",
                    "--as-of",
                    "2025-03-31T17:00+07:00",
                    "--no-explanation",
                    "--lenient",
                    "--input",
                    fifo.toString(),
                    "--out",
                    "/dev/null"))
            .redirectError(errors.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () -> {
              try (Writer out =
                  new BufferedWriter(
                      new OutputStreamWriter(Files.newOutputStream(fifo), StandardCharsets.UTF_8),
                      1 << 16)) {
                writeDossiers(out, COUNT);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    assertTrue(proctime.waitFor(5, TimeUnit.MINUTES), "evaluate did not finish in 5 minutes");
    writer.get(10, TimeUnit.SECONDS);
    String stderr = Files.readString(errors);
    assertEquals(0, proctime.exitValue(), stderr);
    // One dossier in every 1,000 is received after --as-of: counted and reported, never dropped.
    assertTrue(
        stderr.contains(
            String.format(
                "%d read, %d accepted, 0 rejected; %,d evaluated, %,d read but not evaluated",
                COUNT, COUNT, COUNT - COUNT / 1000, COUNT / 1000)),
        stderr);
  }

  /** Small valid dossiers of the demo's business-registration procedure, received in March 2025. */
  static void writeDossiers(Writer out, int count) throws IOException {
    out.write("{\"format\":\"proctime.dossiers\",\"formatVersion\":1}\n");
    LocalDate march = LocalDate.of(2025, 3, 3);
    for (int i = 0; i < count; i++) {
      LocalDateTime received =
          march
              .plusDays(i % 7 == 5 ? 2 : i % 7 == 6 ? 1 : 0)
              .plusDays(7L * (i % 3))
              .atTime(8 + i % 8, i % 60);
      if (i % 1000 == 999) {
        received = LocalDateTime.of(2025, 4, 1, 9, 0); // after --as-of
      }
      String r = received + "+07:00";
      String h = received.plusHours(1) + "+07:00";
      String d = received.plusDays(1).withHour(9) + "+07:00";
      out.write(
          "{\"code\":\"M-"
              + i
              + "\",\"procedureCode\":\"2.001610\",\"receivingUnit\":\"SO_TAI_CHINH\",\"channel\":\"ONLINE\",\"events\":["
              + "{\"type\":\"RECEIVED\",\"occurredAt\":\""
              + r
              + "\",\"recordedAt\":\""
              + r
              + "\",\"official\":\"A\",\"unit\":\"TTPVHCC\",\"step\":\"TIEP_NHAN\"},"
              + "{\"type\":\"HANDED_OVER\",\"occurredAt\":\""
              + h
              + "\",\"recordedAt\":\""
              + h
              + "\",\"official\":\"A\",\"unit\":\"TTPVHCC\",\"toOfficial\":\"B\",\"toUnit\":\"SO_TAI_CHINH\",\"step\":\"THAM_DINH\"},"
              + "{\"type\":\"RESULT_READY\",\"occurredAt\":\""
              + d
              + "\",\"recordedAt\":\""
              + d
              + "\",\"official\":\"B\",\"unit\":\"SO_TAI_CHINH\"}]}\n");
    }
  }
}
