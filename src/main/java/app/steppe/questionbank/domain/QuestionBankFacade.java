package app.steppe.questionbank.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.questionbank.QtiPackage;
import app.steppe.questionbank.QtiQuizOutline;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.domain.matching.SpellingEquivalents;

/** The question bank's answers to other modules, in a fixed number of queries each. */
@Service
@Transactional(readOnly = true)
class QuestionBankFacade implements QuestionBankApi {

    private final QuestionBankQueries queries;
    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final QuestionBank bank;
    private final Spellings spellings;
    private final QuestionSetInteropExport interop;

    QuestionBankFacade(QuestionBankQueries queries, QuestionRepository questions, QuestionVersionRepository versions,
            QuestionBank bank, Spellings spellings, QuestionSetInteropExport interop) {
        this.queries = queries;
        this.questions = questions;
        this.versions = versions;
        this.bank = bank;
        this.spellings = spellings;
        this.interop = interop;
    }

    @Override
    public List<SetRef> sets() {
        return queries.sets().stream().map(QuestionBankFacade::ref).toList();
    }

    @Override
    public Optional<SetRef> set(long setId) {
        return queries.summary(setId).map(QuestionBankFacade::ref);
    }

    @Override
    public List<QuestionRef> questions(long setId) {
        return refs(questions.findBySetIdAndDeletedFalseOrderByPositionAsc(setId));
    }

    @Override
    public Map<Long, List<QuestionRef>> questionsOfSets(Collection<Long> setIds) {
        if (setIds.isEmpty()) {
            return Map.of();
        }
        List<Question> live = questions.findBySetIdInAndDeletedFalseOrderBySetIdAscPositionAsc(setIds);
        Map<Long, List<Question>> bySet = new LinkedHashMap<>();
        live.forEach(q -> bySet.computeIfAbsent(q.getSetId(), id -> new ArrayList<>()).add(q));
        Map<Long, QuestionVersion> current = versions.currentOf(live);
        Map<Long, List<QuestionRef>> refs = new HashMap<>();
        setIds.forEach(id -> refs.put(id, refs(bySet.getOrDefault(id, List.of()), current)));
        return refs;
    }

    private List<QuestionRef> refs(List<Question> live) {
        return refs(live, versions.currentOf(live));
    }

    private static List<QuestionRef> refs(List<Question> live, Map<Long, QuestionVersion> current) {
        return live.stream().map(q -> {
            QuestionVersion v = current.get(q.getCurrentVersionId());
            return new QuestionRef(q.getId(), v.getId(), v.getType().yamlName(), v.tagList());
        }).toList();
    }

    @Override
    public Map<Long, AskedQuestion> asked(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, AskedQuestion> asked = new HashMap<>();
        for (QuestionVersion v : versions.findWithCitations(versionIds)) {
            List<CitedPassage> passages = v.getCitations().stream()
                    .sorted(Comparator.comparingInt(CitationRecord::getPosition))
                    .map(c -> new CitedPassage(c.getReadingSlug(), c.getQuote(), c.getReadingVersionId(),
                            c.isStale() ? null : c.getParagraphNo()))
                    .toList();
            asked.put(v.getId(), new AskedQuestion(v.getId(), v.getQuestionId(), v.content(), passages));
        }
        return asked;
    }

    @Override
    public Optional<Long> currentVersionId(long questionId) {
        return questions.findById(questionId).filter(q -> !q.isDeleted()).map(Question::getCurrentVersionId);
    }

    @Override
    public Map<Long, Long> questionIdsOf(Collection<Long> versionIds) {
        Map<Long, Long> questionIds = new HashMap<>();
        if (!versionIds.isEmpty()) {
            versions.questionIdsOf(versionIds).forEach(row -> questionIds.put((Long) row[0], (Long) row[1]));
        }
        return questionIds;
    }

    @Override
    public QtiPackage qtiForQuiz(long setId, QtiQuizOutline outline) {
        return interop.qtiForQuiz(setId, outline);
    }

    @Override
    public SpellingEquivalents spellings() {
        return spellings.current();
    }

    @Override
    @Transactional
    public void markUsed(List<Long> versionIds) {
        bank.markUsed(versionIds);
    }

    private static SetRef ref(QuestionBankQueries.SetSummary s) {
        return new SetRef(s.id(), s.slug(), s.title(), s.readingSlug(), (int) s.questionCount(), s.grounded());
    }
}
