package app.steppe.quiz;

import java.time.Instant;

/** A published quiz as other modules and the home page see it. */
public record QuizView(long id, String title, String instructions, long questionSetId, Instant opensAt,
        Instant closesAt) {
}
