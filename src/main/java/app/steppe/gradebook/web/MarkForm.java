package app.steppe.gradebook.web;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A grading form: {@code action} "grade" (an answer waiting for a grader) or "override" (any mark, reason
 * required); {@code revision} is the mark's revision the form was filled in against; {@code back} the page to return
 * to ("queue" or "attempt").
 */
public record MarkForm(String action, String points, String comment, String reason, Integer revision, String back,
        Boolean anonymous, Long question) {

    boolean isOverride() {
        return "override".equals(action);
    }

    boolean backToQueue() {
        return "queue".equals(back);
    }

    boolean isAnonymous() {
        return Boolean.TRUE.equals(anonymous);
    }

    /** The points typed, if they are a number at all. */
    Optional<BigDecimal> parsedPoints() {
        if (points == null || points.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(points.strip().replace(',', '.')));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
