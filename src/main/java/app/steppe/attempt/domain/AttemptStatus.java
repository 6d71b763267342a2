package app.steppe.attempt.domain;

public enum AttemptStatus {
    IN_PROGRESS,
    FINISHED
}
