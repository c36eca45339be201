package io.github.proctime.formats.internal;

import io.github.proctime.formats.FormatException;
import java.util.Arrays;

/** Looks up enum constants by their exact name, reporting unknown codes. */
public final class Codes {
  private Codes() {}

  /**
   * The constant with exactly this name.
   *
   * @param type the enum
   * @param text the name as written in the input
   * @param problem a prefilled UNKNOWN_VALUE builder
   * @param field the field or column name
   * @param <E> the enum type
   * @return the constant
   * @throws FormatException if no constant has that name (case matters)
   */
  public static <E extends Enum<E>> E enumValue(
      Class<E> type, String text, FormatException.Builder problem, String field) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw problem
        .field(field)
        .value(text)
        .detail("known values are " + Arrays.toString(type.getEnumConstants()))
        .build();
  }
}
