package io.github.proctime.formats.internal;

/**
 * The fields of a {@code proctime.dossiers} line by index, in the order {@link DossierJsonCodec}
 * writes them ({@link DossierJsonCodec#DOSSIER_FIELD_ORDER}, {@link
 * DossierJsonCodec#EVENT_FIELD_ORDER}), for the decoders that track the fields they have seen as
 * bits of an int ({@link DossierStreamDecoder}, {@link DossierByteDecoder}): bit i of a mask is
 * field i.
 *
 * <pre>{@code
 * boolean complete = (seen & DossierFields.REQUIRED_EVENT) == DossierFields.REQUIRED_EVENT;
 * }</pre>
 *
 * <p>Constants only.
 */
final class DossierFields {
  static final int CODE = 0;
  static final int PROCEDURE_CODE = 1;
  static final int RECEIVING_UNIT = 2;
  static final int CHANNEL = 3;
  static final int APPLICANT = 4;
  static final int PRINTED_APPOINTMENT = 5;
  static final int EVENTS = 6;

  /** The fields a dossier object must have. */
  static final int REQUIRED_DOSSIER =
      1 << CODE | 1 << PROCEDURE_CODE | 1 << RECEIVING_UNIT | 1 << CHANNEL | 1 << EVENTS;

  static final int TYPE = 0;
  static final int OCCURRED_AT = 1;
  static final int RECORDED_AT = 2;
  static final int OFFICIAL = 3;
  static final int UNIT = 4;
  static final int TO_OFFICIAL = 5;
  static final int TO_UNIT = 6;
  static final int STEP = 7;
  static final int REASON = 8;
  static final int NEW_APPOINTMENT = 9;
  static final int NOTE = 10;

  /** The fields an event object must have. */
  static final int REQUIRED_EVENT = 1 << TYPE | 1 << OCCURRED_AT | 1 << RECORDED_AT;

  private DossierFields() {}

  /**
   * The first guess of the field that follows each field: the next one in the writer's order (and,
   * at index {@code fields}, the object's start, followed by the first field). Lines written by one
   * program repeat their field order, so a decoder that checks the guessed name first rarely looks
   * any further; it updates its copy when the guess was wrong.
   *
   * @param fields the number of fields of the object
   * @return a new array of {@code fields + 1} guesses
   */
  static int[] followers(int fields) {
    int[] followers = new int[fields + 1];
    for (int i = 0; i < fields; i++) {
      followers[i] = Math.min(i + 1, fields - 1);
    }
    followers[fields] = 0;
    return followers;
  }
}
