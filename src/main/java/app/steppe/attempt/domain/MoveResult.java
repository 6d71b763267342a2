package app.steppe.attempt.domain;

public enum MoveResult {
    MOVED,
    REFUSED_GOING_BACK,
    REFUSED_OUT_OF_RANGE,
    REFUSED_FINISHED
}
