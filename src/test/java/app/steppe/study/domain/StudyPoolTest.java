package app.steppe.study.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.steppe.questionbank.QuestionBankApi.QuestionRef;
import app.steppe.quiz.QuizClosing;

class StudyPoolTest {

    private static final Instant NOW = Instant.parse("2026-12-01T06:00:00Z");
    private static final long HISTORY = 1;
    private static final long ECONOMY = 2;
    private static final long ESSAYS = 3;

    private final Map<Long, List<QuestionRef>> sets = Map.of(
            HISTORY, List.of(q(11, "single_choice", "people"), q(12, "true_false", "dates")),
            ECONOMY, List.of(q(21, "numeric", "economy"), q(22, "short_text", "people")),
            ESSAYS, List.of(q(31, "essay", "arguments")));

    private static QuestionRef q(long id, String type, String... tags) {
        return new QuestionRef(id, id * 100, type, List.of(tags));
    }

    /** A quiz on the set; when it opens does not matter to study, only when it closes for everyone. */
    private static QuizClosing quizOn(long setId, Instant opens, Instant closes) {
        return new QuizClosing(setId * 7, setId, closes);
    }

    @Test
    void questionsOfAQuizStayLeftOutUntilTheLastPersonalCloseHasPassed() {
        // the quiz closed an hour ago, but one student's personal close is an hour away
        var closedButNotForAll = new QuizClosing(HISTORY * 7, HISTORY, NOW.plus(Duration.ofHours(1)));

        assertThat(StudyPool.of(sets, Set.of(HISTORY), List.of(closedButNotForAll), NOW).mayStudy(11)).isFalse();
        assertThat(StudyPool.of(sets, Set.of(HISTORY), List.of(closedButNotForAll), NOW.plus(Duration.ofHours(2)))
                .mayStudy(11)).isTrue();
    }

    @Test
    void questionsOfAnOpenQuizAreLeftOutOfPracticeAndOfTheQueue() {
        var open = quizOn(HISTORY, NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(1)));

        var pool = StudyPool.of(sets, Set.of(HISTORY, ECONOMY), List.of(open), NOW);

        assertThat(pool.excluded()).containsExactlyInAnyOrder(11L, 12L);
        assertThat(pool.mayStudy(11)).isFalse();
        assertThat(pool.practiceSet(HISTORY)).isEmpty();
        assertThat(pool.practiceQuestions()).extracting(StudyPool.Question::questionId).containsExactly(21L, 22L);
        assertThat(pool.practiceTagged("people")).extracting(StudyPool.Question::questionId).containsExactly(22L);
    }

    @Test
    void questionsOfAnUpcomingQuizAreLeftOutToo() {
        var upcoming = quizOn(ECONOMY, NOW.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(3)));

        var pool = StudyPool.of(sets, Set.of(HISTORY, ECONOMY), List.of(upcoming), NOW);

        assertThat(pool.excluded()).containsExactlyInAnyOrder(21L, 22L);
        assertThat(pool.practiceTags()).containsExactly("dates", "people");
    }

    @Test
    void aQuizThatClosedGivesItsQuestionsBackAtTheMomentItCloses() {
        var closing = quizOn(HISTORY, NOW.minus(Duration.ofDays(1)), NOW);

        assertThat(StudyPool.leftOutByQuizzes(List.of(closing), sets, NOW.minusMillis(1))).containsExactlyInAnyOrder(11L, 12L);
        assertThat(StudyPool.leftOutByQuizzes(List.of(closing), sets, NOW)).isEmpty();
        assertThat(StudyPool.of(sets, Set.of(HISTORY), List.of(closing), NOW).practiceSet(HISTORY)).hasSize(2);
    }

    @Test
    void onlySetsOpenForPracticeArePractisedButEveryLiveQuestionMayBeStudiedAsACard() {
        var pool = StudyPool.of(sets, Set.of(ECONOMY), List.of(), NOW);

        assertThat(pool.isOpenForPractice(HISTORY)).isFalse();
        assertThat(pool.practiceSet(HISTORY)).isEmpty();
        assertThat(pool.mayStudy(11)).isTrue();
        assertThat(pool.question(11)).get().extracting(StudyPool.Question::versionId).isEqualTo(1100L);
        assertThat(pool.mayStudy(99)).isFalse();
    }

    @Test
    void theQueueNeverOffersAnExcludedQuestionDueOrNew() {
        var open = quizOn(HISTORY, NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(1)));
        var pool = StudyPool.of(sets, Set.of(HISTORY, ECONOMY), List.of(open), NOW);
        var dueCards = List.of(new QueueBuilder.ScheduledCard(11, NOW.minus(Duration.ofDays(1))),
                new QueueBuilder.ScheduledCard(21, NOW.minus(Duration.ofHours(2))));
        List<Long> candidates = List.of(12L, 22L);

        var queue = QueueBuilder.build(dueCards, candidates, pool.excluded(), NOW.plus(Duration.ofHours(12)), 5);

        assertThat(queue).extracting(QueueEntry::questionId).containsExactly(21L, 22L);
        assertThat(queue).extracting(QueueEntry::kind).containsExactly(QueueEntry.Kind.DUE, QueueEntry.Kind.NEW);
    }

    @Test
    void essaysAreKnownSoThatPracticeCanLeaveThemOut() {
        var pool = StudyPool.of(sets, Set.of(ESSAYS), List.of(), NOW);

        assertThat(pool.practiceSet(ESSAYS)).singleElement().matches(StudyPool.Question::isEssay);
    }
}
