package app.steppe.attempt.domain;

public enum FinishKind {
    /** The student confirmed the submission, on time or inside the network grace. */
    SUBMITTED_BY_STUDENT,
    /** The server closed an overdue attempt; its finish time is the deadline. */
    AUTO_AT_DEADLINE
}
