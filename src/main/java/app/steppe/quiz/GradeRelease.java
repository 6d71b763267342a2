package app.steppe.quiz;

/**
 * How a quiz's results reach its students. {@link #MANUAL}: hidden until the instructor releases them.
 * {@link #AUTOMATIC}: released as the review option for the score allows (right after submission, or once the quiz
 * has closed; never with "never"). In both modes an instructor's release shows them at once.
 */
public enum GradeRelease {
    MANUAL, AUTOMATIC
}
