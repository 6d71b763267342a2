package app.steppe.attempt.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.questionbank.QuestionBankApi;
import app.steppe.shared.web.NotFoundException;

/**
 * Changing marks after submission: grading what needs a human, overriding with a reason, regrading with a corrected
 * answer key (dry run first). Each change locks the attempt, rewrites its total and grade state, and adds a line to
 * the audit trail. Callers check that the user is an instructor; this service only knows the rules of marks.
 */
@Service
public class AttemptMarking {

    /** One line of the audit trail as pages show it. */
    public record AuditLine(long versionId, MarkSheet.ChangeKind kind, Optional<BigDecimal> oldPoints, BigDecimal newPoints,
            BigDecimal max, Optional<String> reason, Optional<Long> changedBy, Instant changedAt) {
    }

    /** An attempt whose score a regrade changes (or would change, in a dry run). */
    public record RegradeLine(UUID attemptId, long studentId, int attemptNo, BigDecimal oldTotal, BigDecimal newTotal,
            BigDecimal max) {
    }

    private final AttemptStore store;
    private final QuestionBankApi bank;
    private final EntityManager em;

    AttemptMarking(AttemptStore store, QuestionBankApi bank, EntityManager em) {
        this.store = store;
        this.bank = bank;
        this.em = em;
    }

    @Transactional
    public MarkSheet.Result grade(UUID attemptId, long versionId, BigDecimal points, String comment, int expectedRevision,
            long graderId, Instant now) {
        return change(attemptId, graderId, now, sheet -> sheet.grade(new QuestionKey(versionId), points, comment, expectedRevision));
    }

    @Transactional
    public MarkSheet.Result override(UUID attemptId, long versionId, BigDecimal points, String reason, String comment,
            int expectedRevision, long graderId, Instant now) {
        return change(attemptId, graderId, now,
                sheet -> sheet.override(new QuestionKey(versionId), points, reason, comment, expectedRevision));
    }

    /** The attempts at a quiz whose score a regrade of this question with its current version would change. */
    @Transactional(readOnly = true)
    public List<RegradeLine> regradeDryRun(long quizId, long questionId) {
        return regrade(quizId, questionId, null, null, false);
    }

    /** Regrades, records every changed mark in the audit trail, and returns the attempts whose score changed. */
    @Transactional
    public List<RegradeLine> regrade(long quizId, long questionId, long graderId, Instant now) {
        return regrade(quizId, questionId, graderId, now.truncatedTo(ChronoUnit.MILLIS), true);
    }

    @Transactional(readOnly = true)
    public List<AuditLine> history(UUID attemptId) {
        return em.createQuery("select c from MarkChangeRecord c where c.attemptId = ?1 order by c.changedAt, c.id",
                        MarkChangeRecord.class).setParameter(1, attemptId).getResultStream()
                .map(c -> new AuditLine(c.questionVersionId(), c.kind(), Optional.ofNullable(c.oldPoints()), c.newPoints(),
                        c.maxPoints(), Optional.ofNullable(c.reason()), Optional.ofNullable(c.changedBy()), c.changedAt()))
                .toList();
    }

    private interface Command {
        MarkSheet.Result apply(MarkSheet sheet);
    }

    private MarkSheet.Result change(UUID attemptId, long graderId, Instant now, Command command) {
        var stored = store.lock(attemptId).orElseThrow(() -> new NotFoundException("attempt"));
        if (!stored.attempt().isFinished()) {
            throw new NotFoundException("finished attempt");
        }
        var sheet = sheetOf(stored);
        var result = command.apply(sheet);
        result.change().ifPresent(change -> {
            write(stored, sheet, change.key().versionId());
            em.persist(new MarkChangeRecord(attemptId, change, graderId, now.truncatedTo(ChronoUnit.MILLIS)));
        });
        return result;
    }

    private List<RegradeLine> regrade(long quizId, long questionId, Long graderId, Instant now, boolean apply) {
        var current = bank.currentVersionId(questionId).orElseThrow(() -> new NotFoundException("question"));
        var attempts = store.ofQuiz(quizId).stream().filter(s -> s.attempt().isFinished()).toList();
        var versionIds = new HashSet<Long>();
        attempts.forEach(s -> s.attempt().plan().order().forEach(k -> versionIds.add(k.versionId())));
        versionIds.add(current);
        var asked = bank.asked(versionIds);
        var corrected = asked.get(current);
        var spellings = bank.spellings();
        var lines = new ArrayList<RegradeLine>();
        for (var listed : attempts) {
            // applying locks each attempt, so a grader's change at the same moment is not lost
            var stored = apply ? store.lock(listed.header().id()).orElseThrow() : listed;
            var sheet = sheetOf(stored);
            var before = total(sheet);
            var changes = new ArrayList<MarkSheet.Change>();
            for (var key : stored.attempt().plan().order()) {
                var shown = asked.get(key.versionId());
                if (shown == null || shown.questionId() != questionId) {
                    continue;
                }
                // the answer read as the page showed the old version, scored with the corrected key
                var mark = AttemptScoring.score(stored.attempt(), stored.seed(), key, shown.content(),
                        corrected.content().answer(), spellings);
                if (mark.needsManualGrading()) {
                    continue;
                }
                sheet.regrade(key, mark.fraction(), "regrade:v" + current).change().ifPresent(changes::add);
            }
            var after = total(sheet);
            if (after.compareTo(before) != 0) {
                lines.add(new RegradeLine(stored.header().id(), stored.attempt().studentId(), stored.attemptNo(), before, after,
                        stored.header().maxPoints()));
            }
            if (apply && !changes.isEmpty()) {
                write(stored, sheet, current);
                changes.forEach(change -> em.persist(new MarkChangeRecord(stored.header().id(), change, graderId, now)));
            }
        }
        return lines;
    }

    private static MarkSheet sheetOf(AttemptStore.Stored stored) {
        return new MarkSheet(stored.questions().stream().map(AttemptQuestionRecord::markEntry).toList());
    }

    private static BigDecimal total(MarkSheet sheet) {
        return sheet.points().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The changed row, then the attempt's total and state through the aggregate, which keeps them consistent. */
    private void write(AttemptStore.Stored stored, MarkSheet sheet, long scoredWith) {
        for (var row : stored.questions()) {
            var entry = sheet.entry(row.question());
            if (entry.revision() != row.markRevision()) {
                row.remark(entry, scoredWith);
            }
        }
        stored.attempt().recordMarks(sheet.points(), stored.header().maxPoints(), sheet.needsGrading());
        store.write(stored);
    }
}
