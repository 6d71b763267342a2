package app.steppe.questionbank.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.questionbank.QuestionBankApi;

/** The question bank's answers to other modules, in a fixed number of queries each. */
@Service
@Transactional(readOnly = true)
class QuestionBankFacade implements QuestionBankApi {

    private final QuestionBankQueries queries;
    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final QuestionBank bank;

    QuestionBankFacade(QuestionBankQueries queries, QuestionRepository questions, QuestionVersionRepository versions,
            QuestionBank bank) {
        this.queries = queries;
        this.questions = questions;
        this.versions = versions;
        this.bank = bank;
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
        List<Question> live = questions.findBySetIdAndDeletedFalseOrderByPositionAsc(setId);
        Map<Long, QuestionVersion> current = versions.currentOf(live);
        return live.stream().map(q -> {
            QuestionVersion v = current.get(q.getCurrentVersionId());
            return new QuestionRef(q.getId(), v.getId(), v.getType().yamlName(), v.tagList());
        }).toList();
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
