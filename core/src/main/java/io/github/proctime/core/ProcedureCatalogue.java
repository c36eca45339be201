package io.github.proctime.core;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The procedures an evaluator knows, by national code.
 *
 * <pre>{@code
 * ProcedureCatalogue catalogue = ProcedureCatalogue.of(buildingPermit, landRegistration);
 * catalogue.find("1.004227");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProcedureCatalogue {
  private final Map<String, Procedure> byCode;

  private ProcedureCatalogue(Map<String, Procedure> byCode) {
    this.byCode = byCode;
  }

  /**
   * A catalogue of procedures.
   *
   * @param procedures the procedures, with distinct codes
   * @return the catalogue
   * @throws IllegalArgumentException if two procedures share a code
   */
  public static ProcedureCatalogue of(Procedure... procedures) {
    return of(Arrays.asList(procedures));
  }

  /**
   * A catalogue of procedures.
   *
   * @param procedures the procedures, with distinct codes
   * @return the catalogue
   * @throws IllegalArgumentException if two procedures share a code
   */
  public static ProcedureCatalogue of(Collection<Procedure> procedures) {
    Map<String, Procedure> map = new LinkedHashMap<>();
    for (Procedure p : Objects.requireNonNull(procedures, "procedures")) {
      Objects.requireNonNull(p, "procedures element");
      if (map.put(p.code(), p) != null) {
        throw new IllegalArgumentException(
            "Invalid ProcedureCatalogue: duplicate procedure code '" + p.code() + "'");
      }
    }
    return new ProcedureCatalogue(map);
  }

  /**
   * Finds a procedure by its national code.
   *
   * @param code the procedure code
   * @return the procedure, if catalogued
   */
  public Optional<Procedure> find(String code) {
    return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * The procedures, in the order given.
   *
   * @return the procedures
   */
  public List<Procedure> procedures() {
    return List.copyOf(byCode.values());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProcedureCatalogue && byCode.equals(((ProcedureCatalogue) o).byCode);
  }

  @Override
  public int hashCode() {
    return byCode.hashCode();
  }

  @Override
  public String toString() {
    return "ProcedureCatalogue" + byCode.keySet();
  }
}
