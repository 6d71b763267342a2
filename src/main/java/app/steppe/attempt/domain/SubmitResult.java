package app.steppe.attempt.domain;

public enum SubmitResult {
    SUBMITTED,
    /** A second submit (double click, second tab): nothing changes. */
    ALREADY_FINISHED,
    /** Too late: the attempt was closed at its deadline instead. */
    REFUSED_AFTER_DEADLINE
}
