package app.steppe.quiz;

/** When a student may see one kind of review after an attempt. */
public enum ReviewTiming {
    NEVER, IMMEDIATELY, AFTER_CLOSE;

    /** May a student see what is reviewed with this timing, given whether the attempt is done and the quiz closed? */
    public boolean visible(boolean attemptSubmitted, boolean quizClosed) {
        switch (this) {
            case IMMEDIATELY:
                return attemptSubmitted;
            case AFTER_CLOSE:
                return attemptSubmitted && quizClosed;
            default:
                return false;
        }
    }
}
