package app.steppe.questionbank.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import app.steppe.questionbank.domain.validation.QuestionSetValidator;
import app.steppe.questionbank.domain.validation.QuestionValidator;
import app.steppe.questionbank.domain.validation.Violation;
import app.steppe.shared.web.NotFoundException;

/**
 * Writing the question bank from the browser. Every command validates the whole question and proves its quotes
 * before anything is saved; on any violation nothing is. Any edit detaches a set from its file.
 */
@Service
@Transactional
public class QuestionBank {

    private final QuestionSetRepository sets;
    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final Grounding grounding;
    private final Clock clock;
    private final QuestionValidator questionValidator = new QuestionValidator();
    private final QuestionSetValidator setValidator = new QuestionSetValidator();

    QuestionBank(QuestionSetRepository sets, QuestionRepository questions, QuestionVersionRepository versions,
            Grounding grounding, Clock clock) {
        this.sets = sets;
        this.questions = questions;
        this.versions = versions;
        this.grounding = grounding;
        this.clock = clock;
    }

    public Outcome<Long> createSet(SetHeader header) {
        List<Violation> violations = validateHeader(header);
        if (sets.existsBySlug(header.slug())) {
            violations.add(new Violation("set", "set.slug.taken", header.slug()));
        }
        if (!violations.isEmpty()) {
            return Outcome.refused(violations);
        }
        return Outcome.done(sets.save(QuestionSet.createdInBrowser(header, clock.instant())).getId());
    }

    public Outcome<Long> changeSet(long setId, SetHeader header, long expectedRowVersion) {
        QuestionSet set = requireSet(setId);
        List<Violation> violations = validateHeader(header);
        if (!set.getSlug().equals(header.slug()) && sets.existsBySlug(header.slug())) {
            violations.add(new Violation("set", "set.slug.taken", header.slug()));
        }
        if (set.getRowVersion() != expectedRowVersion) {
            violations.add(new Violation("", "set.stale"));
        }
        if (!violations.isEmpty()) {
            return Outcome.refused(violations);
        }
        set.changeHeader(header, clock.instant());
        return Outcome.done(setId);
    }

    /** A copy with a new slug, detached from any file; its questions start at version 1. */
    public long duplicateSet(long setId) {
        QuestionSet original = requireSet(setId);
        SetHeader header = original.header();
        String slug = freeSlug(header.slug() + "-copy");
        QuestionSet copy = sets.save(QuestionSet.createdInBrowser(
                new SetHeader(slug, header.title(), header.description(), header.readingSlug(), header.tags()),
                clock.instant()));
        List<Question> live = questions.findBySetIdAndDeletedFalseOrderByPositionAsc(setId);
        var currentVersions = versions.currentOf(live);
        for (Question question : live) {
            QuestionVersion current = currentVersions.get(question.getCurrentVersionId());
            Question added = questions.save(new Question(copy.getId(), question.getSlug(), question.getPosition()));
            storeVersion(added, 1, current.content(), header.readingSlug(), groundedAsStored(current));
        }
        return copy.getId();
    }

    /**
     * Deletes a set. One that attempts used, or that came from a file, is archived instead: hidden, its id freed,
     * its versions kept for the attempts, and its file ignored from now on.
     */
    public void deleteSet(long setId) {
        QuestionSet set = requireSet(setId);
        // A set from a file is archived too: it stays detached, so the next start does not import it again.
        if (versions.anyUsedInSet(setId) || set.getSourceFile() != null) {
            questions.findBySetIdOrderByPositionAsc(setId).forEach(Question::delete);
            set.archive(freeSlug(set.getSlug() + "-deleted"), clock.instant());
        } else {
            sets.delete(set);
        }
    }

    public Outcome<Long> addQuestion(long setId, QuestionContent content) {
        QuestionSet set = requireSet(setId);
        List<Violation> violations = new ArrayList<>(questionValidator.validate(content, ""));
        clash(setId, content.slug(), null, false).ifPresent(other ->
                violations.add(new Violation("id", "question.id.duplicate", content.slug(), other.getPosition())));
        Grounding.Result grounded = grounding.check().ground(content, "");
        violations.addAll(grounded.violations());
        if (!violations.isEmpty()) {
            return Outcome.refused(violations);
        }
        Question question = reviveOrCreate(setId, content.slug());
        question.moveTo(questions.maxPosition(setId) + 1);
        storeVersion(question, versions.maxVersionNo(question.getId()) + 1, content, set.getReadingSlug(),
                grounded.citations());
        set.editedInBrowser(clock.instant());
        return Outcome.done(question.getId());
    }

    /**
     * Saves an edit. {@code expectedVersionNo} is the version the author started from: if someone saved in between,
     * the edit is refused rather than silently overwriting theirs. A version an attempt has used is never changed:
     * the edit becomes a new version.
     */
    public Outcome<Long> changeQuestion(long questionId, QuestionContent content, int expectedVersionNo) {
        Question question = requireQuestion(questionId);
        QuestionSet set = requireSet(question.getSetId());
        QuestionVersion current = versions.findById(question.getCurrentVersionId()).orElseThrow();
        List<Violation> violations = new ArrayList<>(questionValidator.validate(content, ""));
        if (current.getVersionNo() != expectedVersionNo) {
            violations.add(new Violation("", "question.stale"));
        }
        clash(question.getSetId(), content.slug(), questionId, true).ifPresent(other ->
                violations.add(new Violation("id", "question.id.duplicate", content.slug(), other.getPosition())));
        Grounding.Result grounded = grounding.check().ground(content, "");
        violations.addAll(grounded.violations());
        if (!violations.isEmpty()) {
            return Outcome.refused(violations);
        }
        if (current.isUsed()) {
            storeVersion(question, current.getVersionNo() + 1, content, set.getReadingSlug(), grounded.citations());
        } else {
            current.rewrite(content, set.getReadingSlug(), grounded.citations());
            question.makeCurrent(current);
        }
        set.editedInBrowser(clock.instant());
        return Outcome.done(questionId);
    }

    /** A passage to cite in a question that has none yet, checked against the version the author saw. */
    public record Citing(long questionId, int expectedVersionNo, Citation citation) {
    }

    /**
     * Grounds several questions of a set at once, each with one more citation (the proposals of the grounding page):
     * all of them or, if any breaks a rule (a stale version, a quote no longer in the reading), none. The refusals
     * come back by question id.
     */
    public Map<Long, List<Violation>> cite(long setId, List<Citing> choices) {
        Map<Long, List<Violation>> refused = new LinkedHashMap<>();
        for (Citing choice : choices) {
            Question question = requireQuestion(choice.questionId());
            if (question.getSetId() != setId) {
                throw new NotFoundException("question");
            }
            QuestionContent content = versions.findById(question.getCurrentVersionId()).orElseThrow().content();
            List<Citation> citations = new ArrayList<>(content.citations());
            citations.add(choice.citation());
            QuestionContent cited = new QuestionContent(content.slug(), content.prompt(), content.points(),
                    content.tags(), content.explanation(), citations, content.answer());
            Outcome<Long> outcome = changeQuestion(choice.questionId(), cited, choice.expectedVersionNo());
            if (!outcome.ok()) {
                refused.put(choice.questionId(), outcome.violations());
            }
        }
        if (!refused.isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return refused;
    }

    public long duplicateQuestion(long questionId) {
        Question original = requireQuestion(questionId);
        QuestionSet set = requireSet(original.getSetId());
        QuestionVersion current = versions.findById(original.getCurrentVersionId()).orElseThrow();
        QuestionContent content = current.content();
        String slug = freeQuestionSlug(original.getSetId(), content.slug() + "-copy");
        QuestionContent copy = new QuestionContent(slug, content.prompt(), content.points(), content.tags(),
                content.explanation(), content.citations(), content.answer());
        Question added = questions.save(new Question(set.getId(), slug, questions.maxPosition(set.getId()) + 1));
        storeVersion(added, 1, copy, set.getReadingSlug(), groundedAsStored(current));
        set.editedInBrowser(clock.instant());
        return added.getId();
    }

    public void deleteQuestion(long questionId) {
        Question question = requireQuestion(questionId);
        question.delete();
        requireSet(question.getSetId()).editedInBrowser(clock.instant());
    }

    /** Moves a question one place up ({@code -1}) or down ({@code +1}) among the live questions of its set. */
    public void move(long questionId, int direction) {
        Question question = requireQuestion(questionId);
        List<Question> live = new ArrayList<>(questions.findBySetIdAndDeletedFalseOrderByPositionAsc(question.getSetId()));
        int from = live.indexOf(question);
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= live.size()) {
            return;
        }
        live.add(to, live.remove(from));
        for (int i = 0; i < live.size(); i++) {
            live.get(i).moveTo(i + 1);
        }
        requireSet(question.getSetId()).editedInBrowser(clock.instant());
    }

    /** Called when an attempt shows these versions: from then on they never change. */
    public void markUsed(List<Long> versionIds) {
        versions.findAllById(versionIds).forEach(QuestionVersion::markUsed);
    }

    QuestionVersion storeVersion(Question question, int versionNo, QuestionContent content, String readingSlug,
            List<GroundedCitation> grounded) {
        QuestionVersion version = versions.save(new QuestionVersion(question.getId(), versionNo, content, readingSlug,
                grounded, clock.instant()));
        question.makeCurrent(version);
        return version;
    }

    private List<Violation> validateHeader(SetHeader header) {
        return new ArrayList<>(setValidator.validateHeader(new QuestionSetContent(header.slug(), header.title(),
                header.description(), header.readingSlug(), header.tags(), List.of())));
    }

    private static List<GroundedCitation> groundedAsStored(QuestionVersion version) {
        return version.getCitations().stream().map(c -> new GroundedCitation(c.getReadingSlug(), c.getQuote(),
                c.getReadingId(), c.getReadingVersionId(), !c.isStale(), c.getParagraphNo(), c.getStartOffset(),
                c.getEndOffset(), c.getSuggestion(), c.isStale() ? 0 : 100)).toList();
    }

    private Question reviveOrCreate(long setId, String slug) {
        return questions.findBySetIdOrderByPositionAsc(setId).stream()
                .filter(q -> q.getSlug().equals(slug) && q.isDeleted())
                .findFirst()
                .map(q -> {
                    q.restore();
                    return q;
                })
                .orElseGet(() -> questions.save(new Question(setId, slug, 0)));
    }

    /**
     * The question that already has this id. Renaming onto any question's id, even a deleted one's, would break the
     * set's unique ids; a new question may take a deleted one's id (it is revived).
     */
    private java.util.Optional<Question> clash(long setId, String slug, Long except, boolean includeDeleted) {
        return questions.findBySetIdOrderByPositionAsc(setId).stream()
                .filter(q -> includeDeleted || !q.isDeleted())
                .filter(q -> q.getSlug().equals(slug) && !q.getId().equals(except))
                .findFirst();
    }

    private String freeSlug(String base) {
        String slug = base;
        for (int n = 2; sets.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private String freeQuestionSlug(long setId, String base) {
        String slug = base;
        for (int n = 2; clash(setId, slug, null, true).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private QuestionSet requireSet(long setId) {
        return sets.findById(setId).filter(s -> !s.isArchived())
                .orElseThrow(() -> new NotFoundException("question set"));
    }

    private Question requireQuestion(long questionId) {
        return questions.findByIdAndDeletedFalse(questionId).orElseThrow(() -> new NotFoundException("question"));
    }
}
