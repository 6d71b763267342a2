package app.steppe.attempt.domain;

public enum Navigation {
    /** Any question in any order, with flags. */
    FREE,
    /** One question at a time, no going back. */
    SEQUENTIAL
}
