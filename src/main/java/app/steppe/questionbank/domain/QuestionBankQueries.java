package app.steppe.questionbank.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.shared.web.NotFoundException;

/** What the question bank pages show. Each page reads its data in a fixed number of queries. */
@Service
@Transactional(readOnly = true)
public class QuestionBankQueries {

    private final QuestionSetRepository sets;
    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;

    QuestionBankQueries(QuestionSetRepository sets, QuestionRepository questions, QuestionVersionRepository versions) {
        this.sets = sets;
        this.questions = questions;
        this.versions = versions;
    }

    public record SetSummary(long id, String slug, String title, String readingSlug, long questionCount,
            long staleCount, String sourceFile, boolean detached, Instant updatedAt, long ungroundedCount) {

        /** Every question cites a passage that is in the reading: only then can a quiz use the set. */
        public boolean grounded() {
            return staleCount == 0 && ungroundedCount == 0;
        }
    }

    public record SetDetail(long id, long rowVersion, SetHeader header, String sourceFile, boolean detached,
            List<QuestionSummary> questions) {
    }

    /**
     * One line of a set's question list. {@code stale}: a citation no longer matches the reading; {@code ungrounded}:
     * imported without any citation, so the set cannot be used in a quiz until one is added.
     */
    public record QuestionSummary(long id, String slug, int position, QuestionType type, BigDecimal points,
            List<String> tags, String prompt, int versionNo, boolean used, boolean stale, boolean ungrounded) {
    }

    public record CitationView(String readingSlug, String quote, Integer paragraph, String anchor, Integer start,
            Integer end, boolean stale, String suggestion) {
    }

    public record QuestionDetail(long id, long setId, String setTitle, String readingSlug, long versionId,
            int versionNo, boolean used, QuestionContent content, List<CitationView> citations) {
    }

    public List<SetSummary> sets() {
        Map<Long, QuestionSetRepository.SetCounts> counts = sets.countsPerSet().stream()
                .collect(Collectors.toMap(QuestionSetRepository.SetCounts::getSetId, Function.identity()));
        return sets.findByArchivedFalseOrderByTitleAsc().stream().map(s -> summary(s, counts.get(s.getId()))).toList();
    }

    /** One set's summary, without reading the others. */
    public java.util.Optional<SetSummary> summary(long setId) {
        return sets.findById(setId).filter(s -> !s.isArchived())
                .map(s -> summary(s, sets.countsOf(setId).orElse(null)));
    }

    private static SetSummary summary(QuestionSet s, QuestionSetRepository.SetCounts c) {
        return new SetSummary(s.getId(), s.getSlug(), s.getTitle(), s.getReadingSlug(),
                c == null ? 0 : c.getQuestions(), c == null ? 0 : c.getStale(), s.getSourceFile(),
                s.isDetached(), s.getUpdatedAt(), c == null ? 0 : c.getUngrounded());
    }

    public SetDetail set(long setId) {
        return set(setId, null, null, null);
    }

    /** A set with its live questions, filtered by tag, type and a search in the prompt or id (each optional). */
    public SetDetail set(long setId, String tag, QuestionType type, String search) {
        QuestionSet set = sets.findById(setId).filter(s -> !s.isArchived())
                .orElseThrow(() -> new NotFoundException("question set"));
        List<Question> live = questions.findBySetIdAndDeletedFalseOrderByPositionAsc(setId);
        Map<Long, QuestionVersion> current = versions.currentOf(live);
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        List<QuestionSummary> rows = live.stream().map(q -> summary(q, current.get(q.getCurrentVersionId())))
                .filter(r -> tag == null || tag.isBlank() || r.tags().contains(tag))
                .filter(r -> type == null || r.type() == type)
                .filter(r -> needle.isEmpty() || r.prompt().toLowerCase(Locale.ROOT).contains(needle)
                        || r.slug().contains(needle))
                .sorted(Comparator.comparingInt(QuestionSummary::position))
                .toList();
        return new SetDetail(set.getId(), set.getRowVersion(), set.header(), set.getSourceFile(), set.isDetached(),
                rows);
    }

    public QuestionDetail question(long questionId) {
        Question question = questions.findByIdAndDeletedFalse(questionId)
                .orElseThrow(() -> new NotFoundException("question"));
        QuestionSet set = sets.findById(question.getSetId()).orElseThrow();
        QuestionVersion version = versions.findWithCitations(List.of(question.getCurrentVersionId())).get(0);
        return new QuestionDetail(question.getId(), set.getId(), set.getTitle(), set.getReadingSlug(),
                version.getId(), version.getVersionNo(), version.isUsed(), version.content(),
                version.getCitations().stream().map(QuestionBankQueries::view).toList());
    }

    /** The live questions of a set that cite nothing yet (imported, not yet grounded), in the set's order. */
    public List<QuestionDetail> ungrounded(long setId) {
        QuestionSet set = sets.findById(setId).filter(s -> !s.isArchived())
                .orElseThrow(() -> new NotFoundException("question set"));
        List<Question> live = questions.findBySetIdAndDeletedFalseOrderByPositionAsc(setId);
        Map<Long, QuestionVersion> current = versions.currentOf(live);
        return live.stream().map(q -> Map.entry(q, current.get(q.getCurrentVersionId())))
                .filter(e -> e.getValue().getCitations().isEmpty())
                .map(e -> new QuestionDetail(e.getKey().getId(), setId, set.getTitle(), set.getReadingSlug(),
                        e.getValue().getId(), e.getValue().getVersionNo(), e.getValue().isUsed(),
                        e.getValue().content(), List.of()))
                .toList();
    }

    /** How many live questions cite each paragraph of a reading version (paragraph number → count). */
    public Map<Integer, Long> coverage(long readingVersionId) {
        return versions.countCitationsPerParagraph(readingVersionId).stream()
                .collect(Collectors.toMap(QuestionVersionRepository.ParagraphCount::getParagraph,
                        QuestionVersionRepository.ParagraphCount::getQuestions));
    }

    private static QuestionSummary summary(Question q, QuestionVersion v) {
        QuestionContent content = v.content();
        return new QuestionSummary(q.getId(), q.getSlug(), q.getPosition(), content.type(), content.points(),
                content.tags(), content.prompt(), v.getVersionNo(), v.isUsed(), v.hasStaleCitation(),
                v.getCitations().isEmpty());
    }

    static CitationView view(CitationRecord c) {
        return new CitationView(c.getReadingSlug(), c.getQuote(), c.getParagraphNo(),
                c.getParagraphNo() == null ? null : "p" + c.getParagraphNo(), c.getStartOffset(), c.getEndOffset(),
                c.isStale(), c.getSuggestion());
    }
}
