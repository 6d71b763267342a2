package app.steppe.attempt.domain;

public enum SaveOutcome {
    ACCEPTED,
    /** Sequence not newer than the stored one (a stale tab, or a replay): the stored answer stays. */
    IGNORED_STALE,
    REFUSED_AFTER_DEADLINE,
    REFUSED_FINISHED,
    REFUSED_UNKNOWN_QUESTION,
    /** Sequential navigation: only the current question can be answered. */
    REFUSED_NOT_REACHABLE
}
