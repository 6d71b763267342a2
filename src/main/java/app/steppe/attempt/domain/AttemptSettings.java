package app.steppe.attempt.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code steppe.attempt.*}: the network grace after a deadline (default 5 s, not Moodle's 60 s), how often the server
 * looks for overdue attempts, and how many it closes per pass.
 */
@ConfigurationProperties("steppe.attempt")
public record AttemptSettings(Duration networkGrace, Duration finalizerInterval, int finalizerBatch) {

    public AttemptSettings {
        networkGrace = networkGrace == null ? AttemptTimingPolicy.DEFAULT_GRACE : networkGrace;
        new AttemptTimingPolicy(networkGrace); // refuses a negative grace at start-up
        finalizerInterval = finalizerInterval == null ? Duration.ofSeconds(15) : finalizerInterval;
        finalizerBatch = finalizerBatch <= 0 ? 200 : finalizerBatch;
    }

    public Duration grace() {
        return networkGrace;
    }
}
