package app.steppe.quiz;

/** When a student may see one kind of review after an attempt. */
public enum ReviewTiming {
    NEVER, IMMEDIATELY, AFTER_CLOSE
}
