package io.github.proctime.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadOptionsTest {
  @Test
  void factoriesSetTheMode() {
    assertEquals(ReadMode.STRICT, ReadOptions.strict("a").mode());
    assertEquals(ReadMode.LENIENT, ReadOptions.lenient("a").mode());
    assertEquals(ReadMode.LENIENT, ReadOptions.of("a", ReadMode.LENIENT).mode());
    assertEquals("a", ReadOptions.strict("a").source());
  }

  @Test
  void theListenerHearsRejections() {
    List<FormatException> heard = new ArrayList<>();
    ReadOptions o = ReadOptions.lenient("a").withRejectionListener(heard::add);
    FormatException e = FormatException.builder(FormatRule.MISSING_FIELD, "a").build();
    o.rejectionListener().accept(e);
    assertEquals(List.of(e), heard);
  }

  @Test
  void nullsAreNamed() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> ReadOptions.strict(null));
    assertEquals("source", e.getMessage());
  }

  @Test
  void theDecodingExecutorIsOptionalAndKept() {
    java.util.concurrent.Executor executor = Runnable::run;
    assertEquals(java.util.Optional.empty(), ReadOptions.strict("a").decodingExecutor());
    ReadOptions o =
        ReadOptions.lenient("a").withDecodingExecutor(executor).withRejectionListener(e -> {});
    assertEquals(java.util.Optional.of(executor), o.decodingExecutor());
    assertEquals(ReadMode.LENIENT, o.mode());
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> o.withDecodingExecutor(null));
    assertEquals("executor", e.getMessage());
  }
}
