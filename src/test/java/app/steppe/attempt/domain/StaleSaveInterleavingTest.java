package app.steppe.attempt.domain;

import static app.steppe.attempt.domain.AttemptFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Property: whatever order the saves arrive in, each question holds the highest sequence accepted before finalization. */
class StaleSaveInterleavingTest {

    private static final List<QuestionKey> QUESTIONS = List.of(Q1, Q2, Q3);

    @Test
    void theStoredAnswerIsTheHighestSequenceSavedBeforeFinalizationForAnyInterleaving() {
        var random = new Random(20260302L);
        for (int run = 0; run < 500; run++) {
            var attempt = aThirtyMinuteAttemptWithFreeNavigation();
            Map<QuestionKey, Long> highestInTime = new HashMap<>();
            Instant now = STARTED;
            int saves = 1 + random.nextInt(40);
            for (int i = 0; i < saves; i++) {
                now = now.plus(Duration.ofSeconds(random.nextInt(120)));
                var question = QUESTIONS.get(random.nextInt(QUESTIONS.size()));
                long sequence = random.nextInt(30);
                var result = attempt.saveAnswer(question, answer(question.versionId() + "#" + sequence), sequence, now, GRACE);

                boolean inTime = !now.isAfter(DEADLINE.plus(GRACE));
                if (inTime) {
                    highestInTime.merge(question, sequence, Math::max);
                    assertThat(result.outcome()).isIn(SaveOutcome.ACCEPTED, SaveOutcome.IGNORED_STALE);
                } else {
                    assertThat(result.outcome()).isEqualTo(SaveOutcome.REFUSED_AFTER_DEADLINE);
                }
            }
            attempt.finalizeIfOverdue(DEADLINE.plus(Duration.ofDays(1)), GRACE);

            assertThat(attempt.isFinished()).isTrue();
            assertThat(attempt.answers()).containsOnlyKeys(highestInTime.keySet());
            for (var expected : highestInTime.entrySet()) {
                var stored = attempt.answerTo(expected.getKey()).orElseThrow();
                assertThat(stored.sequence()).as("run %d, %s", run, expected.getKey()).isEqualTo(expected.getValue());
                assertThat(stored.payload()).isEqualTo(answer(expected.getKey().versionId() + "#" + expected.getValue()));
            }
        }
    }
}
