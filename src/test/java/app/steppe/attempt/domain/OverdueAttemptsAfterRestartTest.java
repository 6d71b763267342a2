package app.steppe.attempt.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.steppe.SteppeApplication;
import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.attempt.AttemptFixtures;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.quiz.domain.QuizPublisher;

/**
 * An attempt whose time runs out while the server is down is submitted and scored when the server comes back,
 * at its deadline and with the answers saved before it. Two runs of the application on one H2 file.
 */
class OverdueAttemptsAfterRestartTest {

    @TempDir
    Path data;

    private ConfigurableApplicationContext run() {
        return new SpringApplicationBuilder(SteppeApplication.class).profiles("test").run(
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("steppe")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
                "--server.port=0");
    }

    @Test
    void anAttemptThatRanOutWhileTheServerWasDownIsSubmittedAtItsDeadlineOnStartUp() {
        UUID id;
        long student;
        java.time.Instant deadline;
        try (var first = run()) {
            var clock = first.getBean(Clock.class);
            var quizzes = new AttemptFixtures(first.getBean(QuizPublisher.class), first.getBean(QuestionBankApi.class));
            student = new AccountFixtures(first.getBean(UserAccountRepository.class), first.getBean(PasswordEncoder.class), clock)
                    .aStudent("restart", "Restart Student").getId();
            // started two hours ago on a 30-minute quiz: overdue, and nothing has closed it yet
            var started = clock.instant().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MILLIS);
            long quiz = quizzes.aTimedQuiz(started.minus(Duration.ofMinutes(5)), 3);
            var attempts = first.getBean(Attempts.class);
            id = attempts.start(quiz, student, started).attemptId().orElseThrow();
            var slot = attempts.taking(id, student, started).questions().get(0);
            attempts.save(id, student, slot.versionId(), AttemptFixtures.anAnswerTo(slot, "Almaty"), 1, started.plusSeconds(60));
            deadline = started.plus(Duration.ofMinutes(30));
            assertThat(statusOf(first, id)).isEqualTo("IN_PROGRESS");
        }

        try (var second = run()) {
            var row = second.getBean(JdbcClient.class)
                    .sql("SELECT status, finish_kind, finished_at, total_points, grade_state FROM attempt WHERE id = ?").params(id)
                    .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                            rs.getBigDecimal(4), rs.getString(5)}).single();
            assertThat(row[0]).isEqualTo("FINISHED");
            assertThat(row[1]).isEqualTo("AUTO_AT_DEADLINE");
            assertThat(row[2]).isEqualTo(deadline);
            assertThat(row[3]).isNotNull();
            assertThat(row[4]).isNotNull();
            assertThat(second.getBean(JdbcClient.class)
                    .sql("SELECT answer FROM attempt_question WHERE attempt_id = ? AND answer IS NOT NULL").params(id)
                    .query(String.class).list()).hasSize(1);
        }
    }

    private static String statusOf(ConfigurableApplicationContext context, UUID id) {
        return context.getBean(JdbcClient.class).sql("SELECT status FROM attempt WHERE id = ?").params(id).query(String.class).single();
    }
}
