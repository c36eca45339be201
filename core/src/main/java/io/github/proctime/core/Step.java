package io.github.proctime.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of a procedure's internal process (quy trình nội bộ): who owns it and the share of the
 * processing time allotted to it.
 *
 * <p>Provinces approve an internal process per procedure that gives each step an owner and a time
 * (for example Quảng Bình QĐ 2851/QĐ-UBND, 2019; see {@code shared/domain/regulations.md} §1.14). A
 * step at another agency (liên thông), such as the tax office, names that {@link #agency()}.
 *
 * <pre>{@code
 * Step appraisal = Step.builder()
 *     .id("THAM_DINH").name("Thẩm định hồ sơ").ownerUnit("PHONG_TNMT")
 *     .allotment(ProcessingTime.workingDays(3))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Step {
  Step() {}

  /**
   * The step's identifier, unique within its procedure version, such as {@code THAM_DINH}.
   *
   * @return the identifier
   */
  public abstract String id();

  /**
   * The step's name, such as "Thẩm định hồ sơ".
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The unit or role that owns the step, such as {@code PHONG_TNMT} or {@code BO_PHAN_MOT_CUA}.
   *
   * @return the owning unit or role
   */
  public abstract String ownerUnit();

  /**
   * The time allotted to the step, counted from the hand-over that starts it.
   *
   * @return the allotment
   */
  public abstract ProcessingTime allotment();

  /**
   * The other agency that performs this step in an inter-agency (liên thông) procedure, such as the
   * tax office; empty for a step in the receiving agency.
   *
   * @return the other agency, if any
   */
  public abstract Optional<String> agency();

  /**
   * Tells whether the step is performed by another agency (liên thông).
   *
   * @return true if {@link #agency()} is present
   */
  public boolean isInterAgency() {
    return agency().isPresent();
  }

  /**
   * A builder of steps.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("Invalid value for Step.id (must not be blank): ''");
    }
  }

  /** Builds {@link Step} instances; not thread-safe. */
  public static final class Builder extends ImmutableStep.Builder {
    Builder() {}
  }
}
