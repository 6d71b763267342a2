package app.steppe.study.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import app.steppe.study.StudyApi;
import app.steppe.study.fsrs.CardState;
import app.steppe.support.SteppeWebTest;

/** Reviews, the queue and settings against the real schema; every assertion on storage reads the rows back. */
@SteppeWebTest
class StudyReviewsTest {

    // 10:00 in Almaty, the course zone of the tests
    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T05:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Autowired
    StudyReviews reviews;
    @Autowired
    StudyApi studyApi;
    @Autowired
    StudySettingsBook settings;
    @Autowired
    JdbcTemplate jdbc;

    private long student;

    @BeforeEach
    void aStudent() {
        String username = "study-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO app_user (username, display_name, password_hash, role, created_at) "
                + "VALUES (?, 'Study Student', 'x', 'STUDENT', CURRENT_TIMESTAMP)", username);
        student = jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
    }

    private static String reviewId() {
        return UUID.randomUUID().toString();
    }

    private Map<String, Object> cardRow(long questionId) {
        return jdbc.queryForMap("SELECT * FROM study_card WHERE student_id = ? AND question_id = ?", student,
                questionId);
    }

    private Instant storedDue(long questionId) {
        return jdbc.queryForObject("SELECT due FROM study_card WHERE student_id = ? AND question_id = ?",
                OffsetDateTime.class, student, questionId).toInstant();
    }

    private int reviewsLogged() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM study_review WHERE student_id = ?", Integer.class, student);
    }

    @Test
    void aReplayedReviewIsRecordedOnceAndAnswersWithTheFirstOutcome() {
        String id = reviewId();
        ReviewResult first = reviews.review(student, 101, 3, id, MONDAY_MORNING);
        ReviewResult replay = reviews.review(student, 101, 3, id, MONDAY_MORNING.plusSeconds(40));

        assertThat(first.replayed()).isFalse();
        assertThat(replay.replayed()).isTrue();
        assertThat(replay.due()).isEqualTo(first.due());
        assertThat(replay.stability()).isEqualTo(first.stability());
        assertThat(reviewsLogged()).isEqualTo(1);
        assertThat(cardRow(101)).containsEntry("reps", 1);
    }

    @Test
    void theMemoryStateIsStoredAndTheNextReviewStartsFromIt() {
        reviews.review(student, 102, 3, reviewId(), MONDAY_MORNING);
        Map<String, Object> learning = cardRow(102);
        assertThat(learning).containsEntry("state", "LEARNING").containsEntry("step", 1);
        assertThat((Double) learning.get("stability")).isEqualTo(2.3065);
        assertThat(storedDue(102)).isEqualTo(MONDAY_MORNING.plus(Duration.ofMinutes(10)));

        ReviewResult graduated = reviews.review(student, 102, 3, reviewId(), MONDAY_MORNING.plus(Duration.ofMinutes(10)));
        assertThat(graduated.state()).isEqualTo(CardState.REVIEW);
        assertThat(cardRow(102)).containsEntry("state", "REVIEW").containsEntry("reps", 2);
        assertThat(storedDue(102)).isEqualTo(graduated.due());
        assertThat(Duration.between(MONDAY_MORNING, graduated.due()).toDays()).isEqualTo(2);
        assertThat(reviewsLogged()).isEqualTo(2);
    }

    @Test
    void theSameClientReviewIdForAnotherQuestionIsRefusedAndChangesNothing() {
        String id = reviewId();
        reviews.review(student, 103, 3, id, MONDAY_MORNING);
        assertThatThrownBy(() -> reviews.review(student, 104, 3, id, MONDAY_MORNING))
                .isInstanceOf(InvalidReviewException.class);
        assertThatThrownBy(() -> reviews.review(student, 103, 1, id, MONDAY_MORNING))
                .isInstanceOf(InvalidReviewException.class);
        assertThat(reviewsLogged()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM study_card WHERE student_id = ?", Integer.class, student))
                .isEqualTo(1);
    }

    @Test
    void aRatingOutsideOneToFourIsRefusedAndStoresNothing() {
        assertThatThrownBy(() -> reviews.review(student, 105, 0, reviewId(), MONDAY_MORNING))
                .isInstanceOf(InvalidReviewException.class);
        assertThatThrownBy(() -> reviews.review(student, 105, 5, reviewId(), MONDAY_MORNING))
                .isInstanceOf(InvalidReviewException.class);
        assertThat(reviewsLogged()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM study_card WHERE student_id = ?", Integer.class, student))
                .isZero();
    }

    @Test
    void reviewingACardBeforeItIsDueIsAllowedAndCountsTheShorterWait() {
        reviews.review(student, 106, 4, reviewId(), MONDAY_MORNING); // Easy: due in 8 days
        ReviewResult early = reviews.review(student, 106, 3, reviewId(), MONDAY_MORNING.plus(Duration.ofDays(2)));
        assertThat(early.state()).isEqualTo(CardState.REVIEW);
        assertThat(early.stability()).isGreaterThan(8.2956);
        assertThat(early.due()).isAfter(MONDAY_MORNING.plus(Duration.ofDays(8)));
    }

    @Test
    void theQueueOffersDueCardsThenNewOnesUpToWhatIsLeftOfTheDailyLimit() {
        settings.change(student, new StudySettings(new BigDecimal("0.90"), 2));
        studyApi.addMissedQuestions(student, List.of(201L), MONDAY_MORNING.minus(Duration.ofDays(1)));
        reviews.review(student, 202, 3, reviewId(), MONDAY_MORNING); // a new card met today: one of the two

        List<QueueEntry> queue = reviews.queue(student, List.of(202L, 203L, 204L, 205L), List.of(204L), MONDAY);

        assertThat(queue).extracting(QueueEntry::questionId).containsExactly(201L, 202L, 203L);
        assertThat(queue).extracting(QueueEntry::kind)
                .containsExactly(QueueEntry.Kind.DUE, QueueEntry.Kind.DUE, QueueEntry.Kind.NEW);
    }

    @Test
    void missedQuestionsAreAddedDueNowOnceAndDoNotUseUpTheNewCardLimit() {
        settings.change(student, new StudySettings(new BigDecimal("0.90"), 1));
        assertThat(studyApi.addMissedQuestions(student, List.of(301L, 302L, 302L), MONDAY_MORNING)).isEqualTo(2);
        assertThat(studyApi.addMissedQuestions(student, List.of(301L), MONDAY_MORNING)).isZero();
        reviews.review(student, 301, 1, reviewId(), MONDAY_MORNING.plusSeconds(60));

        assertThat(cardRow(302)).containsEntry("origin", "MISSED").containsEntry("state", "NEW");
        assertThat(reviews.queue(student, List.of(303L), List.of(), MONDAY)).extracting(QueueEntry::questionId)
                .containsExactly(302L, 301L, 303L);
    }

    @Test
    void theDueCountCoversTodayInTheCourseZoneAndLeavesOutExcludedQuestions() {
        studyApi.addMissedQuestions(student, List.of(401L, 402L), MONDAY_MORNING);
        reviews.review(student, 403, 4, reviewId(), MONDAY_MORNING); // due in about 8 days (7 to 9 with fuzz)
        assertThat(studyApi.dueCount(student, List.of(), MONDAY_MORNING)).isEqualTo(2);
        assertThat(studyApi.dueCount(student, List.of(402L), MONDAY_MORNING)).isEqualTo(1);
        assertThat(studyApi.dueCount(student, List.of(), MONDAY_MORNING.plus(Duration.ofDays(10)))).isEqualTo(3);
    }

    @Test
    void settingsAreTheDefaultsUntilChangedAndAreStored() {
        assertThat(settings.of(student)).isEqualTo(StudySettings.DEFAULTS);
        settings.change(student, new StudySettings(new BigDecimal("0.95"), 40));
        settings.change(student, new StudySettings(new BigDecimal("0.85"), 0));
        assertThat(settings.of(student)).isEqualTo(new StudySettings(new BigDecimal("0.85"), 0));
        assertThat(jdbc.queryForMap("SELECT * FROM study_settings WHERE student_id = ?", student))
                .containsEntry("daily_new_limit", 0);
    }

    @Test
    void aHigherDesiredRetentionSchedulesTheSameAnswerSooner() {
        reviews.review(student, 501, 4, reviewId(), MONDAY_MORNING);
        Instant due = reviews.review(student, 501, 3, reviewId(), MONDAY_MORNING.plus(Duration.ofDays(8))).due();

        settings.change(student, new StudySettings(new BigDecimal("0.97"), 20));
        reviews.review(student, 502, 4, reviewId(), MONDAY_MORNING);
        Instant sooner = reviews.review(student, 502, 3, reviewId(), MONDAY_MORNING.plus(Duration.ofDays(8))).due();
        assertThat(sooner).isBefore(due);
    }
}
