package io.github.proctime.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dossier (hồ sơ): one application for one procedure, with its append-only event log.
 *
 * <p>The log starts with a {@link EventType#RECEIVED} event, whose occurrence is the receipt
 * instant. The appointment printed on the receipt (Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Mẫu 01)
 * is a commitment to the citizen: when a vendor supplies it, it stays authoritative even if the
 * calendar is revised later.
 *
 * <pre>{@code
 * Dossier d = Dossier.builder()
 *     .code("000.00.12.H40-250303-0001").procedureCode("1.004227")
 *     .receivingUnit("BO_PHAN_MOT_CUA").channel(Channel.IN_PERSON)
 *     .addEvents(received, handOver, completed, ready, returned)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Dossier {
  Dossier() {}

  /**
   * The dossier code (mã hồ sơ), unique within its source.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * The national code of the procedure applied for.
   *
   * @return the procedure code
   */
  public abstract String procedureCode();

  /**
   * The unit that received the dossier.
   *
   * @return the receiving unit
   */
  public abstract String receivingUnit();

  /**
   * How the dossier was submitted.
   *
   * @return the channel
   */
  @Value.Default
  public Channel channel() {
    return Channel.IN_PERSON;
  }

  /**
   * The applicant's name (chủ hồ sơ), as printed on forms.
   *
   * @return the applicant, if known
   */
  public abstract Optional<String> applicant();

  /**
   * The appointment printed on the receipt, if the vendor has one.
   *
   * @return the printed appointment
   */
  public abstract Optional<Instant> printedAppointment();

  /**
   * The event log, in the order it was written.
   *
   * @return the events
   */
  public abstract List<DossierEvent> events();

  /**
   * The receipt instant: the occurrence of the first {@link EventType#RECEIVED} event.
   *
   * @return the receipt instant, or empty if the log has no receipt
   */
  public Optional<Instant> receivedAt() {
    for (DossierEvent event : events()) {
      if (event.type() == EventType.RECEIVED) {
        return Optional.of(event.occurredAt());
      }
    }
    return Optional.empty();
  }

  /**
   * A builder of dossiers.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (code().isBlank()) {
      throw new IllegalArgumentException("Invalid value for Dossier.code (must not be blank)");
    }
  }

  /** Builds {@link Dossier} instances; not thread-safe. */
  public static final class Builder extends ImmutableDossier.Builder {
    Builder() {}
  }
}
