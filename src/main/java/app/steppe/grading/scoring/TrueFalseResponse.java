package app.steppe.grading.scoring;

/** The student's verdict on a true/false statement. */
public record TrueFalseResponse(boolean answer) implements Response {
}
