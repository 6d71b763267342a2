package app.steppe.gradebook.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import app.steppe.attempt.AttemptGrading;
import app.steppe.attempt.AttemptGrading.AttemptMarks;
import app.steppe.attempt.AttemptGrading.QuestionMark;
import app.steppe.grading.scoring.AnswerForm;
import app.steppe.grading.scoring.AnswerReader;
import app.steppe.grading.scoring.ChoiceResponse;
import app.steppe.grading.scoring.TrueFalseResponse;
import app.steppe.grading.statistics.AttemptScores;
import app.steppe.grading.statistics.QuestionSlot;
import app.steppe.grading.statistics.QuizStatisticsCalculator;
import app.steppe.grading.statistics.RandomGuessScore;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.QuestionBankApi.AskedQuestion;
import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.MultipleResponse;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.TrueFalse;
import app.steppe.questionbank.web.StudentQuestionViews;
import app.steppe.reading.ReadingApi;

/**
 * A quiz's statistics from its stored attempts: the attempts chosen, each question's scores (by question, across its
 * versions) and options chosen, handed to the pure {@link QuizStatisticsCalculator}; then the reading view. Every
 * question any counted attempt asked is in the report; a question drawn at random into only some attempts is scored
 * in those alone. Queries: the attempts with their marks (two), the asked versions (one), and one per cited reading
 * version.
 */
@Service
public class QuizStatisticsReader {

    private final AttemptGrading grading;
    private final QuestionBankApi bank;
    private final ReadingApi readings;

    QuizStatisticsReader(AttemptGrading grading, QuestionBankApi bank, ReadingApi readings) {
        this.grading = grading;
        this.bank = bank;
        this.readings = readings;
    }

    public StatisticsReport report(long quizId, AttemptChoice choice) {
        List<AttemptMarks> counted = choice.choose(grading.marksOfQuiz(quizId));
        var versions = new HashSet<Long>();
        counted.forEach(m -> m.questions().forEach(q -> versions.add(q.versionId())));
        Map<Long, AskedQuestion> asked = versions.isEmpty() ? Map.of() : bank.asked(versions);

        // every question any counted attempt asked, in order of first appearance, and each attempt's marks by
        // question (across its versions): with questions drawn at random, an attempt has only some of them
        var order = new LinkedHashSet<Long>();
        var marksByAttempt = new ArrayList<Map<Long, QuestionMark>>();
        Map<Long, BigDecimal> maxPoints = new HashMap<>();
        for (var m : counted) {
            var byQuestion = new HashMap<Long, QuestionMark>();
            for (var q : m.questions()) {
                long questionId = asked.get(q.versionId()).questionId();
                order.add(questionId);
                byQuestion.putIfAbsent(questionId, q);
                maxPoints.merge(questionId, q.max(), BigDecimal::max);
            }
            marksByAttempt.add(byQuestion);
        }
        var questionIds = new ArrayList<>(order);

        // the newest version seen of each question speaks for it (labels, options, points)
        Map<Long, AskedQuestion> newest = new LinkedHashMap<>();
        Map<Long, Integer> optionCounts = new HashMap<>();
        for (var a : asked.values()) {
            newest.merge(a.questionId(), a, (x, y) -> x.versionId() >= y.versionId() ? x : y);
            optionCounts.merge(a.questionId(), options(a).size(), Math::max);
        }
        var slots = new ArrayList<QuestionSlot>();
        var questions = new ArrayList<StatisticsReport.Question>();
        for (int i = 0; i < questionIds.size(); i++) {
            long questionId = questionIds.get(i);
            var question = newest.get(questionId);
            slots.add(slot(question, maxPoints.get(questionId), optionCounts.get(questionId)));
            questions.add(new StatisticsReport.Question(i, questionId, question.content().slug(),
                    question.content().type().name(),
                    StudentQuestionViews.of(question.content(), 0, null).promptHtml(), optionLabels(question),
                    correctOptions(question), question.passages().stream()
                            .filter(p -> p.readingVersionId() != null && p.paragraphNo() != null)
                            .map(p -> new StatisticsReport.Cited(p.readingVersionId(), p.paragraphNo())).toList()));
        }
        var scores = new ArrayList<AttemptScores>();
        long provisional = 0;
        for (int a = 0; a < counted.size(); a++) {
            provisional += counted.get(a).attempt().provisional() ? 1 : 0;
            var points = new ArrayList<Optional<BigDecimal>>();
            var chosen = new ArrayList<Set<Integer>>();
            for (int i = 0; i < questionIds.size(); i++) {
                var q = marksByAttempt.get(a).get(questionIds.get(i));
                if (q == null) {
                    points.add(Optional.empty());
                    chosen.add(Set.of());
                    continue;
                }
                points.add(Optional.of(q.points().orElse(BigDecimal.ZERO)));
                chosen.add(chosenOptions(asked.get(q.versionId()), q, slots.get(i).optionCount()));
            }
            scores.add(AttemptScores.ofAsked(points, chosen));
        }
        var statistics = QuizStatisticsCalculator.calculate(slots, scores);
        var readingVersions = new LinkedHashSet<Long>();
        questions.forEach(q -> q.cited().forEach(c -> readingVersions.add(c.readingVersionId())));
        var views = new ArrayList<StatisticsReport.ReadingView>();
        for (long versionId : readingVersions) {
            readings.version(versionId).ifPresent(text -> views.add(new StatisticsReport.ReadingView(text,
                    StatisticsReport.shade(text, questions, statistics))));
        }
        return new StatisticsReport(choice, statistics, questions, views, provisional);
    }

    private static QuestionSlot slot(AskedQuestion question, BigDecimal max, int optionCount) {
        var answer = question.content().answer();
        if (answer instanceof SingleChoice single && optionCount > 0) {
            return QuestionSlot.choice(max, RandomGuessScore.singleChoice(single.options().size()), optionCount);
        }
        if (answer instanceof MultipleResponse multiple && optionCount > 0) {
            int right = (int) multiple.options().stream().filter(ChoiceOption::correct).count();
            double guess = multiple.scoring() == MultipleResponse.Scoring.ALL_OR_NOTHING
                    ? RandomGuessScore.multipleResponseAllOrNothing(multiple.options().size(), right)
                    : RandomGuessScore.multipleResponseRightMinusWrong(multiple.options().size(), right);
            return QuestionSlot.choice(max, guess, optionCount);
        }
        if (answer instanceof TrueFalse) {
            return QuestionSlot.choice(max, RandomGuessScore.trueFalse(), 2);
        }
        return QuestionSlot.other(max);
    }

    private static List<ChoiceOption> options(AskedQuestion question) {
        var answer = question.content().answer();
        if (answer instanceof SingleChoice single) {
            return single.options();
        }
        if (answer instanceof MultipleResponse multiple) {
            return multiple.options();
        }
        return List.of();
    }

    /** Option texts in authored order; true/false's two verdicts are labelled by the page. */
    private static List<String> optionLabels(AskedQuestion question) {
        if (question.content().answer() instanceof TrueFalse) {
            return List.of("true", "false");
        }
        return options(question).stream().map(ChoiceOption::text).toList();
    }

    private static List<Integer> correctOptions(AskedQuestion question) {
        if (question.content().answer() instanceof TrueFalse tf) {
            return List.of(tf.answer() ? 0 : 1);
        }
        var options = options(question);
        var correct = new ArrayList<Integer>();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct()) {
                correct.add(i);
            }
        }
        return correct;
    }

    private static Set<Integer> chosenOptions(AskedQuestion shown, QuestionMark q, int optionCount) {
        if (optionCount == 0 || q.answerJson().isEmpty()) {
            return Set.of();
        }
        try {
            var response = AnswerReader.read(shown.content().answer(), AnswerForm.fromJson(q.answerJson().get()), List.of());
            if (response instanceof ChoiceResponse choice) {
                return Set.copyOf(choice.chosen().stream().filter(i -> i < optionCount).toList());
            }
            if (response instanceof TrueFalseResponse tf) {
                return Set.of(tf.answer() ? 0 : 1);
            }
        } catch (IllegalArgumentException unreadable) {
            return Set.of();
        }
        return Set.of();
    }
}
