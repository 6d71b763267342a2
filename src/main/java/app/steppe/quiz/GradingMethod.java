package app.steppe.quiz;

/** How a student's grade is taken across attempts. */
public enum GradingMethod {
    HIGHEST, LAST, FIRST, AVERAGE
}
