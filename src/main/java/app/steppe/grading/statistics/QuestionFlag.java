package app.steppe.grading.statistics;

/** What the instructor should look at in a question's statistics. */
public enum QuestionFlag {
    /** Discrimination index below 0: those who did well on the rest of the quiz did worse on this question. */
    DISCRIMINATES_NEGATIVELY,
    /** Facility index 0: nobody earned a single point. */
    NOBODY_GOT_IT_RIGHT,
    /** Facility index 100: everybody earned full marks, so it tells the students apart not at all. */
    TOO_EASY
}
