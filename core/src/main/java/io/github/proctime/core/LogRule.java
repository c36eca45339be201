package io.github.proctime.core;

/**
 * A rule a dossier's event log must follow for the evaluation to be sound.
 *
 * <p>In {@link EvaluationMode#STRICT} mode a broken rule throws {@link InvalidDossierException}
 * whose {@link InvalidDossierException#rule()} is the constant; in {@link EvaluationMode#LENIENT}
 * mode it becomes a {@link Finding} whose {@link Finding#code()} is {@link #code()}. The rules
 * marked fatal leave nothing to evaluate and throw in both modes.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum LogRule {
  /** The log is empty or has no {@link EventType#RECEIVED} event. Fatal. */
  RECEIPT_MISSING("the log must contain a RECEIVED event", true),
  /** The first event is not {@link EventType#RECEIVED}. */
  FIRST_EVENT_NOT_RECEIVED("the log must start with a RECEIVED event", false),
  /** A second {@link EventType#RECEIVED} event. */
  DUPLICATE_RECEIPT("a dossier is received once", false),
  /** The dossier's procedure is not in the catalogue. Fatal. */
  UNKNOWN_PROCEDURE("the procedure must be in the catalogue", true),
  /** The procedure has no version in force on the receipt date. Fatal. */
  NO_VERSION_IN_FORCE("a procedure version must be in force on the receipt date", true),
  /** No rule set is in force on the receipt date. Fatal. */
  NO_RULE_SET_IN_FORCE("a rule set must be in force on the receipt date", true),
  /** The evaluation instant is before the receipt. Fatal. */
  AS_OF_BEFORE_RECEIPT("a dossier cannot be evaluated before it is received", true),
  /**
   * A field the event's type needs is missing: {@code official} and {@code unit} of {@link
   * EventType#RECEIVED}; {@code official}, {@code toOfficial} and {@code toUnit} of {@link
   * EventType#HANDED_OVER} (its {@code step} is recommended: without it the ledger row has no
   * allotment); {@code official} of {@link EventType#STEP_COMPLETED}; {@code reason} of {@link
   * EventType#PAUSED}; {@code newAppointment} and {@code reason} of {@link
   * EventType#APOLOGY_ISSUED}.
   */
  REQUIRED_FIELD_MISSING("each event type has required fields (see DossierEvent)", false),
  /** {@link DossierEvent#recordedAt()} is before {@link DossierEvent#occurredAt()}. */
  RECORDED_BEFORE_OCCURRED("an event cannot be recorded before it occurred", false),
  /** An event occurred before the event written before it (the log is append-only). */
  OCCURRED_OUT_OF_ORDER("events are appended in the order they occurred", false),
  /** An event was recorded before the event written before it (the log is append-only). */
  RECORDED_OUT_OF_ORDER("events are appended in the order they were recorded", false),
  /** An event follows a terminal event (returned, refused, stopped, withdrawn). */
  EVENT_AFTER_TERMINAL("no event may follow a terminal event", false),
  /** A hand-over by an official who does not hold the dossier. */
  HAND_OVER_FROM_NON_HOLDER("only the official holding the dossier can hand it over", false),
  /** A step identifier that the procedure version's internal process does not have. */
  UNKNOWN_STEP("a step must belong to the procedure version's internal process", false),
  /** {@link EventType#RESUMED} without an open {@link EventType#PAUSED}. */
  RESUME_WITHOUT_PAUSE("a resume must follow a pause", false),
  /**
   * {@link EventType#SUPPLEMENT_RECEIVED} without an open {@link EventType#SUPPLEMENT_REQUESTED}.
   */
  SUPPLEMENT_WITHOUT_REQUEST("a supplement must follow a supplement request", false),
  /**
   * {@link EventType#FINANCIAL_OBLIGATION_FULFILLED} without an open {@link
   * EventType#FINANCIAL_OBLIGATION_REQUESTED}.
   */
  FULFILMENT_WITHOUT_REQUEST("a fulfilment must follow a financial obligation request", false),
  /** A pause, supplement request or financial obligation request while one of its kind is open. */
  PAUSE_ALREADY_OPEN("a pause of one kind cannot be opened twice", false);

  private final String description;
  private final boolean fatal;

  LogRule(String description, boolean fatal) {
    this.description = description;
    this.fatal = fatal;
  }

  /**
   * The code used in findings, such as {@code LOG_RESUME_WITHOUT_PAUSE}.
   *
   * @return {@code "LOG_"} followed by the constant's name
   */
  public String code() {
    return "LOG_" + name();
  }

  /**
   * The rule in words.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Tells whether breaking the rule leaves nothing to evaluate, so that lenient mode throws too.
   *
   * @return true for a fatal rule
   */
  public boolean isFatal() {
    return fatal;
  }
}
