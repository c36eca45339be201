package io.github.proctime.formats.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.proctime.core.EventType;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortalStatusTest {
  @Test
  void everyCodeFromOneToTenIsKnown() {
    for (int code = 1; code <= 10; code++) {
      assertEquals(code, PortalStatus.ofCode(code).code());
    }
    assertEquals("Đã xử lý xong", PortalStatus.ofCode(9).vietnameseLabel());
    assertEquals(Optional.of(EventType.REFUSED), PortalStatus.ofCode(3).eventType());
    assertEquals(Optional.empty(), PortalStatus.ofCode(1).eventType());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 11, -1})
  void otherCodesAreRejected(int code) {
    assertThrows(IllegalArgumentException.class, () -> PortalStatus.ofCode(code));
  }
}
