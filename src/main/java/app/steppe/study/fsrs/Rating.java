package app.steppe.study.fsrs;

/** How well a student recalled a card. Again is the only failing grade. */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** The grade 1 to 4 the formulas use. */
    public int grade() {
        return grade;
    }

    /** Refuses anything but 1 to 4: a rating comes from a key press or a tap, so anything else is a bad request. */
    public static Rating of(int grade) {
        if (grade < 1 || grade > 4) {
            throw new IllegalArgumentException("a rating is 1 (Again) to 4 (Easy), not " + grade);
        }
        return values()[grade - 1];
    }
}
