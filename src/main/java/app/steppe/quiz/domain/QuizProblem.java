package app.steppe.quiz.domain;

/** Why a quiz cannot be saved as asked: a form field and a message key (with an optional argument). */
public record QuizProblem(String field, String messageKey, Object argument) {
}
