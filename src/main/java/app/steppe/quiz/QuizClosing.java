package app.steppe.quiz;

import java.time.Instant;

/**
 * When no student can answer a quiz any more: the latest of its close and every personal close an accommodation
 * grants. Its set's questions and answers may be handed out (e.g. to study) only after that.
 */
public record QuizClosing(long quizId, long questionSetId, Instant closedForAllAt) {
}
