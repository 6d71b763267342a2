package app.steppe.quiz.domain;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when {@code steppe.quiz.max-time-limit} is not below {@code spring.session.timeout}: a session
 * that ends mid-attempt would log a student out of their exam.
 */
@Component
class SessionOutlastsAttempts {

    SessionOutlastsAttempts(QuizLimits limits, @Value("${spring.session.timeout:12h}") Duration sessionTimeout) {
        check(limits.maxTimeLimit(), sessionTimeout);
    }

    static void check(Duration maxTimeLimit, Duration sessionTimeout) {
        if (maxTimeLimit.compareTo(sessionTimeout) >= 0) {
            throw new IllegalStateException("steppe.quiz.max-time-limit (" + maxTimeLimit
                    + ") must be below spring.session.timeout (" + sessionTimeout + ")");
        }
    }
}
