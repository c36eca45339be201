package io.github.proctime.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An administrative procedure (thủ tục hành chính): its national code, name and field, and its
 * effective-dated versions.
 *
 * <pre>{@code
 * Procedure p = Procedure.builder()
 *     .code("1.004227").name("Cấp giấy phép xây dựng (illustrative)").field("Xây dựng")
 *     .addVersions(version2024)
 *     .build();
 * p.versionOn(LocalDate.of(2025, 3, 3)); // the version in force that day
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Procedure {
  Procedure() {}

  /**
   * The national procedure code (mã TTHC), such as {@code 1.004227}.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * The procedure's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The field (lĩnh vực) the procedure belongs to, such as "Đất đai"; empty if not known.
   *
   * @return the field
   */
  @Value.Default
  public String field() {
    return "";
  }

  /**
   * The versions, in increasing order of effective date, at least one.
   *
   * @return the versions
   */
  public abstract List<ProcedureVersion> versions();

  /**
   * The version in force on a date: the one with the latest effective date not after it.
   *
   * @param date the date, usually the dossier's receipt date
   * @return the version, or empty if the date is before the first version
   */
  public Optional<ProcedureVersion> versionOn(LocalDate date) {
    ProcedureVersion found = null;
    for (ProcedureVersion version : versions()) {
      if (!version.effectiveFrom().isAfter(date)) {
        found = version;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * A builder of procedures.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (code().isBlank()) {
      throw new IllegalArgumentException("Invalid value for Procedure.code (must not be blank)");
    }
    if (versions().isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid Procedure " + code() + ": versions must not be empty");
    }
    for (int i = 1; i < versions().size(); i++) {
      if (!versions().get(i).effectiveFrom().isAfter(versions().get(i - 1).effectiveFrom())) {
        throw new IllegalArgumentException(
            "Invalid Procedure "
                + code()
                + ": versions must be in strictly increasing order of effectiveFrom, but "
                + versions().get(i).effectiveFrom()
                + " follows "
                + versions().get(i - 1).effectiveFrom());
      }
    }
  }

  /** Builds {@link Procedure} instances; not thread-safe. */
  public static final class Builder extends ImmutableProcedure.Builder {
    Builder() {}
  }
}
