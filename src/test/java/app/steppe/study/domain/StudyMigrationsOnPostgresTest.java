package app.steppe.study.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The study tables and the constraints that guard them behave the same on PostgreSQL as on H2. */
class StudyMigrationsOnPostgresTest {

    @Test
    void aReplayedClientReviewIdAndOutOfRangeSettingsAreRefusedByPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource db = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(db);
            jdbc.update("INSERT INTO app_user (username, display_name, password_hash, role, created_at) "
                    + "VALUES ('s1', 'S', 'x', 'STUDENT', CURRENT_TIMESTAMP)");
            long student = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 's1'", Long.class);

            String review = "INSERT INTO study_review (student_id, question_id, client_review_id, rating, reviewed_at, "
                    + "state_before, elapsed_days, introduced_card, state_after, step_after, stability_after, "
                    + "difficulty_after, due_after) VALUES (?, 7, 'review-0001', ?, CURRENT_TIMESTAMP, 'NEW', 0, TRUE, "
                    + "'LEARNING', 1, 2.3065, 2.118, CURRENT_TIMESTAMP)";
            jdbc.update(review, student, 3);
            assertThatThrownBy(() -> jdbc.update(review, student, 3)).isInstanceOf(DataIntegrityViolationException.class);
            assertThatThrownBy(() -> jdbc.update(review.replace("review-0001", "review-0002"), student, 5))
                    .isInstanceOf(DataIntegrityViolationException.class);

            String settings = "INSERT INTO study_settings (student_id, desired_retention, daily_new_limit) VALUES (?, ?, ?)";
            assertThatThrownBy(() -> jdbc.update(settings, student, 0.99, 20))
                    .isInstanceOf(DataIntegrityViolationException.class);
            assertThatThrownBy(() -> jdbc.update(settings, student, 0.90, 501))
                    .isInstanceOf(DataIntegrityViolationException.class);
            jdbc.update(settings, student, 0.97, 500);

            jdbc.update("INSERT INTO study_card (student_id, question_id, origin, state, due, reps, lapses, created_at, "
                    + "version) VALUES (?, 7, 'MISSED', 'NEW', CURRENT_TIMESTAMP, 0, 0, CURRENT_TIMESTAMP, 0)", student);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM study_card", Integer.class)).isEqualTo(1);
            jdbc.update("DELETE FROM app_user WHERE id = ?", student);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM study_card", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM study_review", Integer.class)).isZero();
        }
    }
}
