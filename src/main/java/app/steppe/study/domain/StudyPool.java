package app.steppe.study.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import app.steppe.questionbank.QuestionBankApi.QuestionRef;
import app.steppe.quiz.QuizClosing;

/**
 * The questions a student may study at one moment: every live question of the bank, less those of quizzes that are
 * open or upcoming for any student (a quiz not yet closed must not be rehearsed: practice would hand out its questions
 * and answers, to a student with a later personal close too, or to a classmate who would pass them on).
 * Of these, the questions of sets opened for practice may be practised and met as new flashcards; the others are
 * studied only as cards a student already has (e.g. missed in a graded quiz). Plain Java, built per request.
 */
public final class StudyPool {

    /** A question that may be studied, with its current version, its set and its tags. */
    public record Question(long questionId, long versionId, long setId, String type, List<String> tags) {

        public boolean isEssay() {
            return "essay".equals(type);
        }
    }

    private final Map<Long, Question> studyable = new LinkedHashMap<>();
    private final Map<Long, List<Question>> practiceBySet = new TreeMap<>();
    private final Set<Long> excluded;

    private StudyPool(Map<Long, List<QuestionRef>> questionsBySet, Set<Long> openSets, Set<Long> excluded) {
        this.excluded = Set.copyOf(excluded);
        new TreeMap<>(questionsBySet).forEach((setId, refs) -> {
            for (QuestionRef ref : refs) {
                if (excluded.contains(ref.questionId())) {
                    continue;
                }
                Question q = new Question(ref.questionId(), ref.versionId(), setId, ref.type(), List.copyOf(ref.tags()));
                studyable.putIfAbsent(q.questionId(), q);
                if (openSets.contains(setId)) {
                    practiceBySet.computeIfAbsent(setId, s -> new ArrayList<>()).add(q);
                }
            }
        });
    }

    /**
     * @param questionsBySet the live questions of every set, in each set's order
     * @param openSets       the sets open for practice
     * @param quizzes        when each published quiz closes for every student
     */
    public static StudyPool of(Map<Long, List<QuestionRef>> questionsBySet, Set<Long> openSets,
            Collection<QuizClosing> quizzes, Instant now) {
        return new StudyPool(questionsBySet, openSets, leftOutByQuizzes(quizzes, questionsBySet, now));
    }

    /** Every question of the set of a quiz that is not closed for every student at {@code now} (open or upcoming). */
    public static Set<Long> leftOutByQuizzes(Collection<QuizClosing> quizzes,
            Map<Long, List<QuestionRef>> questionsBySet, Instant now) {
        Set<Long> left = new HashSet<>();
        for (QuizClosing quiz : quizzes) {
            if (quiz.closedForAllAt() == null || quiz.closedForAllAt().isAfter(now)) {
                questionsBySet.getOrDefault(quiz.questionSetId(), List.of()).forEach(q -> left.add(q.questionId()));
            }
        }
        return left;
    }

    /** Questions left out of all study now. */
    public Set<Long> excluded() {
        return excluded;
    }

    public Optional<Question> question(long questionId) {
        return Optional.ofNullable(studyable.get(questionId));
    }

    public boolean mayStudy(long questionId) {
        return studyable.containsKey(questionId);
    }

    public boolean isOpenForPractice(long setId) {
        return practiceBySet.containsKey(setId);
    }

    public Set<Long> practiceSetIds() {
        return practiceBySet.keySet();
    }

    /** The practice questions of an open set, in the set's order (empty for a set not open). */
    public List<Question> practiceSet(long setId) {
        return List.copyOf(practiceBySet.getOrDefault(setId, List.of()));
    }

    /** The practice questions with this tag, over every open set. */
    public List<Question> practiceTagged(String tag) {
        return practiceQuestions().stream().filter(q -> q.tags().contains(tag)).toList();
    }

    /** Every question open for practice, set by set: what the flashcard queue offers as new cards. */
    public List<Question> practiceQuestions() {
        return practiceBySet.values().stream().flatMap(List::stream).toList();
    }

    /** The tags of the questions open for practice, sorted. */
    public List<String> practiceTags() {
        Set<String> tags = new TreeSet<>();
        practiceQuestions().forEach(q -> tags.addAll(q.tags()));
        return List.copyOf(tags);
    }
}
