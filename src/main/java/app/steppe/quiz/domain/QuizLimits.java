package app.steppe.quiz.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code steppe.quiz.max-time-limit}: the longest time limit a quiz may set. It must stay below the session
 * timeout, or a student's session would end mid-attempt.
 */
@ConfigurationProperties("steppe.quiz")
public record QuizLimits(Duration maxTimeLimit) {

    public QuizLimits {
        if (maxTimeLimit == null) {
            maxTimeLimit = Duration.ofHours(6);
        }
    }
}
