package app.steppe.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.steppe.SteppeApplication;
import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.attempt.AttemptFixtures;
import app.steppe.attempt.domain.Attempts;
import app.steppe.grading.scoring.AnswerForm;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.quiz.domain.QuizPublisher;

/**
 * The exam scenario at the service layer, on the H2 file database with the production settings (WRITE_DELAY=0):
 * {@code steppe.load.students} students (default 300) start a 20-question quiz, save every answer twice (typing),
 * and all submit in the same minute, on {@code steppe.load.threads} threads (default 32). Prints the latency
 * percentiles of saves and submits. Not part of {@code verify}: run it with
 * {@code ./mvnw test -Dtest=DeadlineRushLoadTest}. It asserts only correctness (every attempt finished with a score),
 * never timings.
 */
class DeadlineRushLoadTest {

    private static final int STUDENTS = Integer.getInteger("steppe.load.students", 300);
    private static final int THREADS = Integer.getInteger("steppe.load.threads", 32);
    private static final int QUESTIONS = 20;

    @Test
    void hundredsOfStudentsSaveAndSubmitAtTheSameDeadline() throws Exception {
        Path data = Files.createTempDirectory("steppe-load");
        try (var app = new SpringApplicationBuilder(SteppeApplication.class).profiles("test").run(
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("steppe")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;LOCK_TIMEOUT=10000",
                "--server.port=0", "--spring.jpa.properties.hibernate.generate_statistics=false")) {
            var clock = app.getBean(Clock.class);
            var attempts = app.getBean(Attempts.class);
            var accounts = new AccountFixtures(app.getBean(UserAccountRepository.class), app.getBean(PasswordEncoder.class), clock);
            var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            long quiz = new AttemptFixtures(app.getBean(QuizPublisher.class), app.getBean(QuestionBankApi.class))
                    .aTimedQuiz(now.minus(Duration.ofMinutes(10)), QUESTIONS);
            var students = new ArrayList<Long>();
            for (int i = 0; i < STUDENTS; i++) {
                students.add(accounts.aStudent("load", "Load Student " + i).getId());
            }

            var starts = new ConcurrentLinkedQueue<Long>();
            var saves = new ConcurrentLinkedQueue<Long>();
            var submits = new ConcurrentLinkedQueue<Long>();
            var pool = Executors.newFixedThreadPool(THREADS);
            long wall = System.nanoTime();
            var futures = new ArrayList<Future<?>>();
            for (long student : students) {
                futures.add(pool.submit(() -> takeTheQuiz(attempts, quiz, student, now, starts, saves, submits)));
            }
            for (var future : futures) {
                future.get(10, TimeUnit.MINUTES);
            }
            pool.shutdown();
            long wallMs = (System.nanoTime() - wall) / 1_000_000;

            report("start", starts);
            report("save", saves);
            report("submit", submits);
            System.out.printf("load: %d students x %d questions on %d threads: %d saves, %d submits in %d ms (%.0f requests/s)%n",
                    STUDENTS, QUESTIONS, THREADS, saves.size(), submits.size(), wallMs,
                    (starts.size() + saves.size() + submits.size()) * 1000.0 / wallMs);
            long scored = app.getBean(JdbcClient.class).sql(
                            "SELECT count(*) FROM attempt WHERE quiz_id = ? AND status = 'FINISHED' AND total_points IS NOT NULL")
                    .params(quiz).query(Long.class).single();
            assertThat(scored).isEqualTo(STUDENTS);
        }
    }

    private static void takeTheQuiz(Attempts attempts, long quiz, long student, Instant now,
            ConcurrentLinkedQueue<Long> starts, ConcurrentLinkedQueue<Long> saves, ConcurrentLinkedQueue<Long> submits) {
        long t = System.nanoTime();
        UUID id = attempts.start(quiz, student, now).attemptId().orElseThrow();
        starts.add(System.nanoTime() - t);
        var slots = attempts.taking(id, student, now).questions();
        long seq = 1;
        for (int pass = 0; pass < 2; pass++) {
            for (var slot : slots) {
                var form = new AnswerForm(java.util.Map.of("", List.of("answer " + pass)));
                t = System.nanoTime();
                attempts.save(id, student, slot.versionId(), form, seq++, now.plusSeconds(60));
                saves.add(System.nanoTime() - t);
            }
        }
        t = System.nanoTime();
        attempts.submit(id, student, now.plusSeconds(120));
        submits.add(System.nanoTime() - t);
    }

    private static void report(String what, ConcurrentLinkedQueue<Long> nanos) {
        var sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("load: %-6s n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n", what, sorted.size(),
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size()))) / 1e6;
    }
}
