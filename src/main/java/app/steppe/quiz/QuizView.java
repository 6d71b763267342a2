package app.steppe.quiz;

import java.time.Instant;

/**
 * A published quiz as other modules and the home page see it. {@code closesAt} is the quiz's own close;
 * {@code closedForAllAt} the moment no student can answer it any more: the latest of that close and every personal
 * close an accommodation grants (what must pass before its questions and answers may be handed out, e.g. to study).
 */
public record QuizView(long id, String title, String instructions, long questionSetId, Instant opensAt,
        Instant closesAt, Instant closedForAllAt) {
}
