package app.steppe.study.web;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

import app.steppe.grading.scoring.AnswerForm;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.QuestionBankApi.AskedQuestion;
import app.steppe.study.domain.PracticeMarking;
import app.steppe.study.domain.PracticeMarking.Outcome;
import app.steppe.study.domain.StudentDeck;
import app.steppe.study.domain.StudyPool;
import app.steppe.study.domain.StudyQuestions;
import app.steppe.study.domain.StudyReviews;

/**
 * Starts practice runs over what a student may practise and marks their answers. Essays are left out: no rule marks
 * them. Only the first answer to a shown question feeds the memory state; "try again" is for learning, not counted.
 */
@Component
class PracticeRuns {

    static final String ANSWER_PREFIX = "answer";
    private static final int MAX_QUESTIONS = 100;

    private final StudyQuestions questions;
    private final StudentDeck deck;
    private final StudyReviews reviews;
    private final QuestionBankApi bank;

    PracticeRuns(StudyQuestions questions, StudentDeck deck, StudyReviews reviews, QuestionBankApi bank) {
        this.questions = questions;
        this.deck = deck;
        this.reviews = reviews;
        this.bank = bank;
    }

    Optional<PracticeSession> start(long studentId, PracticeStartForm form, Instant now) {
        StudyPool pool = questions.pool(now);
        String scope = form.scope() == null ? "" : form.scope();
        List<StudyPool.Question> chosen;
        String titleKey;
        String argument = "";
        if (scope.equals("set") && form.setId() != null) {
            chosen = pool.practiceSet(form.setId());
            titleKey = "study.practice.title.set";
            argument = bank.set(form.setId()).map(QuestionBankApi.SetRef::title).orElse("");
        } else if (scope.equals("tag") && form.tag() != null) {
            chosen = pool.practiceTagged(form.tag());
            titleKey = "study.practice.title.tag";
            argument = form.tag();
        } else if (scope.equals("missed")) {
            deck.takeInMissedQuestions(studentId, now);
            chosen = deck.weakQuestions(studentId, pool).stream().flatMap(id -> pool.question(id).stream()).toList();
            titleKey = "study.practice.title.missed";
        } else if (scope.equals("questions")) {
            chosen = new LinkedHashSet<>(form.questionIds()).stream()
                    .flatMap(id -> pool.question(id).stream())
                    .filter(q -> pool.isOpenForPractice(q.setId()) || deck.hasCard(studentId, q.questionId()))
                    .toList();
            titleKey = "study.practice.title.chosen";
        } else {
            return Optional.empty();
        }
        List<PracticeSession.Item> items = chosen.stream()
                .filter(q -> !q.isEssay())
                .limit(MAX_QUESTIONS)
                .map(q -> new PracticeSession.Item(q.questionId(), q.versionId(), ThreadLocalRandom.current().nextLong()))
                .toList();
        return items.isEmpty() ? Optional.empty() : Optional.of(new PracticeSession(titleKey, argument, items));
    }

    /**
     * Marks the answer to the shown question. A form for a question no longer shown (sent twice, or from an old
     * tab) changes nothing and answers empty.
     */
    Optional<Outcome> answer(long studentId, PracticeSession run, String reviewId, Map<String, String[]> parameters,
            Instant now) {
        if (run.finished() || run.current().answered() || !run.current().reviewId().equals(reviewId)) {
            return Optional.empty();
        }
        PracticeSession.Item item = run.current();
        AskedQuestion asked = bank.asked(List.of(item.versionId())).get(item.versionId());
        if (asked == null || !questions.pool(now).mayStudy(item.questionId())) {
            return Optional.empty();
        }
        Outcome outcome = PracticeMarking.mark(asked.content(), form(parameters), item.seed, bank.spellings());
        if (item.first == null) {
            reviews.review(studentId, item.questionId(), outcome.rating().grade(), item.reviewId(), now);
            item.first = outcome;
        }
        item.last = outcome;
        item.answered = true;
        return Optional.of(outcome);
    }

    private static AnswerForm form(Map<String, String[]> parameters) {
        try {
            return AnswerForm.fromParameters(ANSWER_PREFIX, parameters);
        } catch (IllegalArgumentException tampered) {
            return new AnswerForm(Map.of());
        }
    }
}
