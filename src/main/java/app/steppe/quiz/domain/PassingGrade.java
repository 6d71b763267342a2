package app.steppe.quiz.domain;

/** The percentage a student needs to pass, 0 to 100. */
public record PassingGrade(int percent) {

    public PassingGrade {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("passing grade is a percentage");
        }
    }
}
