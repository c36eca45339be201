package io.github.proctime.formats.portal;

import io.github.proctime.core.Channel;
import java.util.Objects;

/**
 * The choices the national portal's sync shape leaves open when it is read into proctime, each a
 * named setting with a documented default.
 *
 * <ul>
 *   <li>{@link #channel()}: the sources do not say which field gives the submission channel ({@code
 *       HinhThuc} is listed without a meaning, {@code shared/domain/regulations.md} §4), so the
 *       caller states it for the whole input; there is no default.
 *   <li>{@link #financialObligationEndsAtNextUpdate()}: the portal has a status for "financial
 *       obligation requested" (6) but none for "fulfilled". Default {@code true}: the next progress
 *       update with another status ends the obligation ({@code FINANCIAL_OBLIGATION_FULFILLED} at
 *       its time). With {@code false}, no fulfilment event is made and the obligation stays open.
 *       UNCONFIRMED (regulations.md §6: vendors treat status 6 as a pause; no legal basis found).
 * </ul>
 *
 * <pre>{@code
 * PortalMapping m = PortalMapping.of(Channel.ONLINE).withFinancialObligationEndsAtNextUpdate(false);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PortalMapping {
  private final Channel channel;
  private final boolean financialObligationEndsAtNextUpdate;

  private PortalMapping(Channel channel, boolean financialObligationEndsAtNextUpdate) {
    this.channel = Objects.requireNonNull(channel, "channel");
    this.financialObligationEndsAtNextUpdate = financialObligationEndsAtNextUpdate;
  }

  /**
   * The default mapping for dossiers submitted through a channel.
   *
   * @param channel the channel of every dossier read
   * @return the mapping
   */
  public static PortalMapping of(Channel channel) {
    return new PortalMapping(channel, true);
  }

  /**
   * Returns a copy with the financial-obligation policy set.
   *
   * @param ends whether the next progress update ends a financial obligation
   * @return the new mapping
   */
  public PortalMapping withFinancialObligationEndsAtNextUpdate(boolean ends) {
    return new PortalMapping(channel, ends);
  }

  /**
   * The channel given to every dossier read.
   *
   * @return the channel
   */
  public Channel channel() {
    return channel;
  }

  /**
   * Whether the next progress update of another status ends a financial obligation.
   *
   * @return true by default
   */
  public boolean financialObligationEndsAtNextUpdate() {
    return financialObligationEndsAtNextUpdate;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PortalMapping
        && channel == ((PortalMapping) o).channel
        && financialObligationEndsAtNextUpdate
            == ((PortalMapping) o).financialObligationEndsAtNextUpdate;
  }

  @Override
  public int hashCode() {
    return channel.hashCode() * 31 + Boolean.hashCode(financialObligationEndsAtNextUpdate);
  }

  @Override
  public String toString() {
    return "PortalMapping[channel="
        + channel
        + ", financialObligationEndsAtNextUpdate="
        + financialObligationEndsAtNextUpdate
        + "]";
  }
}
