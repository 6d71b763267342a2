package app.steppe.gradebook.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import app.steppe.account.AccountApi;
import app.steppe.account.AccountApi.StudentRef;
import app.steppe.attempt.AttemptGrading;
import app.steppe.attempt.AttemptGrading.AttemptMarks;
import app.steppe.attempt.AttemptGrading.QuestionMark;
import app.steppe.grading.scoring.AnswerForm;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.QuestionBankApi.AskedQuestion;
import app.steppe.questionbank.domain.Essay;
import app.steppe.questionbank.web.StudentQuestionView;
import app.steppe.questionbank.web.StudentQuestionViews;

/**
 * Puts together what a grader looks at: answers with their questions, students' names (or anonymous labels), in a
 * fixed number of queries: the quiz's attempts with their marks, the asked versions, the students.
 */
@Service
public class GradingDesk {

    /** A quiz's finished attempts with everything needed to show any of their answers. */
    public record QuizAnswers(List<AttemptMarks> attempts, Map<Long, AskedQuestion> asked, Map<Long, String> labels) {

        public List<GradingItem> items(AttemptMarks marks) {
            return marks.questions().stream().map(q -> GradingDesk.item(marks, q, asked.get(q.versionId()),
                    labels.getOrDefault(marks.attempt().studentId(), ""))).toList();
        }

        /** Every answer to one question (across its versions), pending ones first. */
        public List<GradingItem> itemsOfQuestion(long questionId) {
            var items = new ArrayList<GradingItem>();
            for (var marks : attempts) {
                items.addAll(items(marks).stream().filter(i -> i.questionId() == questionId).toList());
            }
            items.sort((a, b) -> Boolean.compare(b.needsGrading(), a.needsGrading()));
            return items;
        }

        public String label(long studentId) {
            return labels.getOrDefault(studentId, "");
        }
    }

    private final AttemptGrading grading;
    private final QuestionBankApi bank;
    private final AccountApi accounts;

    GradingDesk(AttemptGrading grading, QuestionBankApi bank, AccountApi accounts) {
        this.grading = grading;
        this.bank = bank;
        this.accounts = accounts;
    }

    /** The quiz's finished attempts; {@code anonymous} labels students "Student 1", "Student 2", … by first start. */
    public QuizAnswers quiz(long quizId, boolean anonymous, String anonymousPattern) {
        var attempts = grading.marksOfQuiz(quizId).stream().filter(m -> m.attempt().finished()).toList();
        return new QuizAnswers(attempts, asked(attempts), labels(attempts, anonymous, anonymousPattern));
    }

    public Optional<QuizAnswers> attempt(java.util.UUID attemptId, boolean anonymous, String anonymousPattern) {
        return grading.marks(attemptId).map(marks -> new QuizAnswers(List.of(marks), asked(List.of(marks)),
                labels(List.of(marks), anonymous, anonymousPattern)));
    }

    public Map<Long, StudentRef> students() {
        var byId = new HashMap<Long, StudentRef>();
        accounts.students().forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    private Map<Long, AskedQuestion> asked(Collection<AttemptMarks> attempts) {
        var versions = new HashSet<Long>();
        attempts.forEach(m -> m.questions().forEach(q -> versions.add(q.versionId())));
        return versions.isEmpty() ? Map.of() : bank.asked(versions);
    }

    private Map<Long, String> labels(List<AttemptMarks> attempts, boolean anonymous, String anonymousPattern) {
        var labels = new LinkedHashMap<Long, String>();
        var students = anonymous ? Map.<Long, StudentRef>of() : students();
        for (var marks : attempts) {
            long id = marks.attempt().studentId();
            if (!labels.containsKey(id)) {
                labels.put(id, anonymous ? anonymousPattern.replace("{0}", String.valueOf(labels.size() + 1))
                        : Optional.ofNullable(students.get(id)).map(StudentRef::displayName).orElse("#" + id));
            }
        }
        return labels;
    }

    static GradingItem item(AttemptMarks marks, QuestionMark q, AskedQuestion asked, String student) {
        var content = asked.content();
        var view = StudentQuestionViews.of(content, q.viewSeed(), q.optionOrder().isEmpty() ? null : q.optionOrder());
        var rubric = content.answer() instanceof Essay essay ? Optional.of(essay.rubric()) : Optional.<String>empty();
        var passages = asked.passages().stream().map(p -> new GradingItem.Passage(p.quote(),
                Optional.ofNullable(p.paragraphNo()).map(n -> "/readings/" + p.readingSlug() + "#p" + n),
                Optional.ofNullable(p.paragraphNo()))).toList();
        return new GradingItem(marks.attempt().id(), student, marks.attempt().attemptNo(), marks.attempt().state(),
                q.position(), q.versionId(), asked.questionId(), content.slug(), content.type().name(), view.promptHtml(),
                rubric, passages, answerLines(view, q.answerJson()), q.max(), q.points(), q.needsGrading(), q.manual(),
                q.revision(), q.comment());
    }

    /** The answer as readable lines: the text typed, the options chosen, "left → right" pairs, "gap n: value". */
    public static List<String> answerLines(StudentQuestionView view, Optional<String> json) {
        if (json.isEmpty()) {
            return List.of();
        }
        AnswerForm form;
        try {
            form = AnswerForm.fromJson(json.get());
        } catch (IllegalArgumentException unreadable) {
            return List.of();
        }
        var lines = new ArrayList<String>();
        form.fields().forEach((key, values) -> {
            var shown = values.stream().filter(v -> !v.isBlank()).toList();
            if (shown.isEmpty()) {
                return;
            }
            if (key.isEmpty()) {
                lines.addAll(shown);
                return;
            }
            int index = Integer.parseInt(key);
            String prefix;
            if (!view.leftItems().isEmpty() && index < view.leftItems().size()) {
                prefix = view.leftItems().get(index) + " → ";
            } else if (!view.items().isEmpty() && index < view.items().size()) {
                prefix = view.items().get(index) + " → ";
            } else {
                prefix = "[" + key + "] ";
            }
            lines.add(prefix + String.join(", ", shown));
        });
        return lines;
    }
}
