package io.github.proctime.formats.portal;

import io.github.proctime.core.EventType;
import java.util.Optional;

/**
 * A dossier status code of the national portal (Cổng Dịch vụ công quốc gia), 1 to 10, as used in
 * {@code TrangThaiHoSo} and in the progress update's {@code TrangThai}.
 *
 * <p>Codes and labels follow {@code shared/domain/regulations.md} §4 ("quy định bởi Cổng DVC Quốc
 * gia", from a vendor document). How each maps to a proctime {@link EventType} is documented on
 * {@link #eventType()} and in the package documentation.
 *
 * <pre>{@code
 * PortalStatus s = PortalStatus.ofCode(9); // RESULT_READY, "Đã xử lý xong"
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PortalStatus {
  /** 1 Mới đăng ký: registered online, not yet received; maps to no event. */
  NEWLY_REGISTERED(1, "Mới đăng ký", null),
  /** 2 Được tiếp nhận: received; names the receiving official of the RECEIVED event. */
  RECEIVED(2, "Được tiếp nhận", EventType.RECEIVED),
  /** 3 Không được tiếp nhận: not accepted; mapped to {@link EventType#REFUSED}. */
  NOT_ACCEPTED(3, "Không được tiếp nhận", EventType.REFUSED),
  /** 4 Đang xử lý: in progress; a progress update with it is a hand-over to its official. */
  IN_PROGRESS(4, "Đang xử lý", EventType.HANDED_OVER),
  /** 5 Yêu cầu bổ sung giấy tờ: supplement requested. */
  SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung giấy tờ", EventType.SUPPLEMENT_REQUESTED),
  /** 6 Yêu cầu thực hiện nghĩa vụ tài chính: financial obligation requested. */
  FINANCIAL_OBLIGATION_REQUESTED(
      6, "Yêu cầu thực hiện nghĩa vụ tài chính", EventType.FINANCIAL_OBLIGATION_REQUESTED),
  /** 7 Công dân yêu cầu rút hồ sơ: withdrawn by the applicant. */
  WITHDRAWN(7, "Công dân yêu cầu rút hồ sơ", EventType.WITHDRAWN),
  /** 8 Dừng xử lý: processing stopped. */
  STOPPED(8, "Dừng xử lý", EventType.STOPPED),
  /** 9 Đã xử lý xong: result ready. */
  RESULT_READY(9, "Đã xử lý xong", EventType.RESULT_READY),
  /** 10 Đã trả kết quả: result returned. */
  RESULT_RETURNED(10, "Đã trả kết quả", EventType.RESULT_RETURNED);

  private final int code;
  private final String vietnameseLabel;
  private final EventType eventType;

  PortalStatus(int code, String vietnameseLabel, EventType eventType) {
    this.code = code;
    this.vietnameseLabel = vietnameseLabel;
    this.eventType = eventType;
  }

  /**
   * The status with a code.
   *
   * @param code the portal's code
   * @return the status
   * @throws IllegalArgumentException if the code is not 1 to 10
   */
  public static PortalStatus ofCode(int code) {
    for (PortalStatus s : values()) {
      if (s.code == code) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "Invalid value for PortalStatus (valid values 1 - 10): " + code);
  }

  /**
   * The portal's numeric code.
   *
   * @return 1 to 10
   */
  public int code() {
    return code;
  }

  /**
   * The portal's Vietnamese label.
   *
   * @return the label
   */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }

  /**
   * The proctime event a progress update with this status becomes; empty for {@link
   * #NEWLY_REGISTERED}, which precedes receipt.
   *
   * @return the event type
   */
  public Optional<EventType> eventType() {
    return Optional.ofNullable(eventType);
  }
}
