package io.github.proctime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcedureCatalogueTest {
  @Test
  void findsProceduresByCode() {
    ProcedureCatalogue c = ProcedureCatalogue.of(TestDossiers.THREE_DAYS, TestDossiers.FIVE_DAYS);

    assertEquals(Optional.of(TestDossiers.FIVE_DAYS), c.find("1.000005"));
    assertEquals(Optional.empty(), c.find("9.999999"));
    assertEquals(List.of(TestDossiers.THREE_DAYS, TestDossiers.FIVE_DAYS), c.procedures());
  }

  @Test
  void duplicateCodesAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ProcedureCatalogue.of(TestDossiers.THREE_DAYS, TestDossiers.THREE_DAYS));
    assertTrue(e.getMessage().contains("'1.000003'"), e.getMessage());
  }
}
