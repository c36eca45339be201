package io.github.proctime.formats.internal;

/** The columns of the CSV event log, version 1, in the order the writer prints them. */
public enum EventLogColumn {
  DOSSIER_CODE("dossier_code", true, true),
  PROCEDURE_CODE("procedure_code", true, true),
  RECEIVING_UNIT("receiving_unit", true, true),
  CHANNEL("channel", true, true),
  APPLICANT("applicant", false, true),
  PRINTED_APPOINTMENT("printed_appointment", false, true),
  EVENT_TYPE("event_type", true, false),
  OCCURRED_AT("occurred_at", true, false),
  RECORDED_AT("recorded_at", true, false),
  OFFICIAL("official", false, false),
  UNIT("unit", false, false),
  TO_OFFICIAL("to_official", false, false),
  TO_UNIT("to_unit", false, false),
  STEP("step", false, false),
  REASON("reason", false, false),
  NEW_APPOINTMENT("new_appointment", false, false),
  NOTE("note", false, false);

  private final String header;
  private final boolean required;
  private final boolean dossierLevel;

  EventLogColumn(String header, boolean required, boolean dossierLevel) {
    this.header = header;
    this.required = required;
    this.dossierLevel = dossierLevel;
  }

  /** The column's name in the header row. */
  public String header() {
    return header;
  }

  /** Whether the header must name this column. */
  public boolean isRequired() {
    return required;
  }

  /** Whether the column describes the dossier rather than the event. */
  public boolean isDossierLevel() {
    return dossierLevel;
  }

  /** The column with a header name, or null. */
  public static EventLogColumn byHeader(String header) {
    for (EventLogColumn c : values()) {
      if (c.header.equals(header)) {
        return c;
      }
    }
    return null;
  }
}
