package io.github.proctime.formats.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a rendered document with its expected file in {@code
 * formats/src/test/resources/io/github/proctime/formats/html/golden/}.
 *
 * <p>To regenerate the expected files after an intended change, run the tests with {@code
 * -Dproctime.golden.update=true} (for example {@code ./mvnw -q -B verify -pl calendar,core,formats
 * -Dproctime.golden.update=true}), review the diff and commit it.
 */
final class Golden {
  static final String UPDATE_PROPERTY = "proctime.golden.update";
  private static final String DIR = "/io/github/proctime/formats/html/golden/";

  private Golden() {}

  static void assertMatches(String name, String actual) {
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      Path file = Path.of("src/test/resources" + DIR + name);
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    try (InputStream in = Golden.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new AssertionError(
            "no golden file "
                + DIR
                + name
                + "; run the tests with -D"
                + UPDATE_PROPERTY
                + "=true to create it");
      }
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
