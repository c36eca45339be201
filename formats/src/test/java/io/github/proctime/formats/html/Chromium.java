package io.github.proctime.formats.html;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Runs headless Chromium on a local file: takes a screenshot, dumps the DOM and keeps Chromium's
 * log, in which every console message (uncaught errors, Content-Security-Policy violations, failed
 * loads) appears as a {@code CONSOLE} line.
 *
 * <p>The binary is {@code /usr/bin/chromium} (Debian package {@code chromium}) unless the system
 * property {@code proctime.chromium} names another.
 */
final class Chromium {
  static final String DEFAULT_BINARY = "/usr/bin/chromium";
  private static final long TIMEOUT_SECONDS = 60;

  /** The script a test wrapper puts first in the page: it records errors, then marks the page. */
  static final String ERROR_RECORDER =
      "<script>window.__errors=[];"
          + "addEventListener('error',function(e){__errors.push(String(e.message||'load'))},true);"
          + "addEventListener('load',function(){document.documentElement"
          + ".setAttribute('data-load-errors',String(__errors.length))});</script>";

  private Chromium() {}

  static Optional<Path> binary() {
    Path path = Path.of(System.getProperty("proctime.chromium", DEFAULT_BINARY));
    return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
  }

  /** What one run produced. */
  record Run(BufferedImage screenshot, String dom, List<String> consoleLines, String log) {}

  /** A Chromium process started on a file, with where its outputs go. */
  record Pending(Path file, Process process, Path png, Path dom, Path log) {}

  /** Starts Chromium on a file without waiting, so several files load in parallel. */
  static Pending start(Path binary, Path file, Path workDir) throws IOException {
    Path png = workDir.resolve(file.getFileName() + ".png");
    Path profile = Files.createTempDirectory(workDir, "chromium-profile");
    Path stdout = workDir.resolve(file.getFileName() + ".dom");
    Path stderr = workDir.resolve(file.getFileName() + ".log");
    List<String> command =
        List.of(
            binary.toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + profile,
            "--enable-logging=stderr",
            "--v=0",
            "--window-size=1200,1600",
            "--screenshot=" + png,
            "--dump-dom",
            file.toUri().toString());
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    return new Pending(file, process, png, stdout, stderr);
  }

  /** Waits for a started Chromium and reads what it produced. */
  static Run await(Pending run) throws IOException, InterruptedException {
    Process process = run.process();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(
          "Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + run.file());
    }
    String log = Files.readString(run.log(), StandardCharsets.UTF_8);
    if (process.exitValue() != 0 || !Files.exists(run.png())) {
      throw new AssertionError(
          "Chromium failed (exit " + process.exitValue() + ") on " + run.file() + ":\n" + log);
    }
    List<String> console = new ArrayList<>();
    for (String line : log.split("\n")) {
      if (line.contains(":CONSOLE")) {
        console.add(line);
      }
    }
    return new Run(
        ImageIO.read(run.png().toFile()),
        Files.readString(run.dom(), StandardCharsets.UTF_8),
        console,
        log);
  }

  /** Tells whether an image has at least two distinct colours. */
  static boolean isNotBlank(BufferedImage image) {
    int first = image.getRGB(0, 0);
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        if (image.getRGB(x, y) != first) {
          return true;
        }
      }
    }
    return false;
  }

  /** Counts the pixels that differ from the top-left one. */
  static long markedPixels(BufferedImage image) {
    int background = image.getRGB(0, 0);
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (image.getRGB(x, y) != background) {
          n++;
        }
      }
    }
    return n;
  }

  /** A copy of an HTML page with {@link #ERROR_RECORDER} first in its head, before its policy. */
  static String withErrorRecorder(String html) {
    int head = html.indexOf("<head>");
    if (head < 0) {
      throw new AssertionError("page has no <head>");
    }
    int at = head + "<head>".length();
    return html.substring(0, at) + "\n" + ERROR_RECORDER + html.substring(at);
  }
}
