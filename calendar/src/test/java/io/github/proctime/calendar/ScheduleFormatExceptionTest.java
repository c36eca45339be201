package io.github.proctime.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.proctime.ProctimeException;
import org.junit.jupiter.api.Test;

class ScheduleFormatExceptionTest {
  @Test
  void accessorsAndMessage() {
    ProctimeException base = new ScheduleFormatException("a.csv", 3, "kind", "X", "not a kind");
    ScheduleFormatException e = (ScheduleFormatException) base;
    assertEquals("a.csv", e.source());
    assertEquals(3, e.line());
    assertEquals("kind", e.field());
    assertEquals("X", e.value());
    assertEquals("not a kind", e.problem());
    assertEquals("a.csv:3: invalid kind 'X': not a kind", e.getMessage());
  }
}
