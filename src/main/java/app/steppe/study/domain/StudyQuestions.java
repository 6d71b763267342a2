package app.steppe.study.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.QuestionBankApi.QuestionRef;
import app.steppe.quiz.QuizApi;
import app.steppe.quiz.QuizClosing;

/** Builds the {@link StudyPool} of a moment from the question bank, the quizzes and the sets open for practice. */
@Service
public class StudyQuestions {

    private final QuestionBankApi bank;
    private final QuizApi quizzes;
    private final PracticeSets practiceSets;

    StudyQuestions(QuestionBankApi bank, QuizApi quizzes, PracticeSets practiceSets) {
        this.bank = bank;
        this.quizzes = quizzes;
        this.practiceSets = practiceSets;
    }

    public StudyPool pool(Instant now) {
        List<QuizClosing> closings = quizzes.closings();
        var setIds = new HashSet<Long>();
        bank.sets().forEach(set -> setIds.add(set.id()));
        // a quiz may draw from a set no longer listed (archived): its questions are still left out
        closings.forEach(q -> setIds.add(q.questionSetId()));
        Map<Long, List<QuestionRef>> bySet = bank.questionsOfSets(setIds);
        return StudyPool.of(bySet, practiceSets.openSetIds(), closings, now);
    }
}
