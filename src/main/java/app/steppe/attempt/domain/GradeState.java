package app.steppe.attempt.domain;

public enum GradeState {
    /** Some answers still wait for a teacher (essays). */
    PROVISIONAL,
    FINAL
}
