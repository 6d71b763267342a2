package app.steppe.attempt.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import app.steppe.grading.scoring.AnswerForm;
import app.steppe.questionbank.QuestionBankApi.AskedQuestion;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.web.StudentQuestionView;
import app.steppe.questionbank.web.StudentQuestionViews;
import app.steppe.quiz.QuizApi.StartCheck;
import app.steppe.quiz.QuizApi;
import app.steppe.quiz.StudentQuizRules;
import app.steppe.shared.web.NotFoundException;

/**
 * Taking quizzes: start (idempotent), save, flag, move, submit, and closing overdue attempts. Every call that changes
 * an attempt locks its row first, so concurrent saves and submits of one attempt take turns; an attempt that is not
 * the caller's is reported as not found, never as forbidden, so its existence does not leak.
 */
@Service
@EnableConfigurationProperties(AttemptSettings.class)
public class Attempts {

    public record StartResult(Kind kind, Optional<UUID> attemptId, Optional<StartCheck> refusal) {
        public enum Kind { STARTED, RESUMED, REFUSED }
    }

    /** The answer to a save: what happened, what the server now holds, and the time left by the server's clock. */
    public record SaveResponse(SaveOutcome outcome, long storedSequence, Optional<Instant> savedAt,
            Optional<Duration> remaining, boolean finished) {
    }

    /** One question of the attempt page: no answer key, only what the student may see and what they answered. */
    public record QuestionSlot(int position, long versionId, StudentQuestionView view, AnswerForm given,
            long sequence, boolean answered, boolean flagged) {
    }

    public record TakingView(UUID id, long quizId, int attemptNo, Navigation navigation, Instant startedAt,
            Optional<Instant> deadline, Optional<Duration> remaining, boolean finished, int currentPosition,
            List<QuestionSlot> questions) {

        public long answeredCount() {
            return questions.stream().filter(QuestionSlot::answered).count();
        }
    }

    /** One attempt as lists show it; score fields are empty until it is scored. */
    public record AttemptSummary(UUID id, long quizId, long studentId, int attemptNo, boolean finished,
            Instant startedAt, Optional<Instant> deadline, Optional<Instant> finishedAt, Optional<FinishKind> finishKind,
            Optional<BigDecimal> total, BigDecimal max, Optional<BigDecimal> percentage, Optional<GradeState> gradeState) {

        static AttemptSummary of(AttemptRecord r) {
            return new AttemptSummary(r.id(), r.quizId(), r.studentId(), r.attemptNo(), r.status() == AttemptStatus.FINISHED,
                    r.startedAt(), Optional.ofNullable(r.deadlineAt()), Optional.ofNullable(r.finishedAt()),
                    Optional.ofNullable(r.finishKind()), Optional.ofNullable(r.totalPoints()), r.maxPoints(),
                    Optional.ofNullable(r.percentage()), Optional.ofNullable(r.gradeState()));
        }

        /** Time left by the server's clock at {@code now}; empty for an untimed or finished attempt. */
        public Optional<Duration> remainingAt(Instant now) {
            return finished ? Optional.empty() : deadline.map(at -> now.isAfter(at) ? Duration.ZERO : Duration.between(now, at));
        }
    }

    private final AttemptStore store;
    private final QuizApi quizzes;
    private final QuestionBankApi bank;
    private final AttemptSettings settings;
    private final TransactionTemplate transactions;

    Attempts(AttemptStore store, QuizApi quizzes, QuestionBankApi bank, AttemptSettings settings,
            PlatformTransactionManager transactionManager) {
        this.store = store;
        this.quizzes = quizzes;
        this.bank = bank;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Resumes the student's open attempt or starts a new one. Two starts at once (double click, two tabs) race for
     * the same attempt number; the loser's insert fails on the unique key and it resumes the winner's attempt.
     */
    public StartResult start(long quizId, long studentId, Instant clockNow) {
        var now = stored(clockNow);
        try {
            return transactions.execute(status -> startOnce(quizId, studentId, now));
        } catch (DataIntegrityViolationException raced) {
            return transactions.execute(status -> startOnce(quizId, studentId, now));
        }
    }

    private StartResult startOnce(long quizId, long studentId, Instant now) {
        StudentQuizRules rules = rulesOrNotFound(quizId, studentId);
        var existing = store.ofStudent(quizId, studentId);
        var decision = AttemptStart.decide(existing.stream().map(AttemptStore.Stored::attempt).toList(), now,
                settings.grace(), rules.attemptsAllowed());
        for (var stored : existing) {
            if (decision.finalizedNow().contains(stored.attempt())) {
                scoreAndWrite(stored);
            }
        }
        if (decision.kind() == AttemptStart.Kind.RESUME) {
            return new StartResult(StartResult.Kind.RESUMED, Optional.of(decision.resume().orElseThrow().id().value()), Optional.empty());
        }
        var check = quizzes.mayStart(quizId, studentId, now, existing.size());
        if (check != StartCheck.ALLOWED) {
            return new StartResult(StartResult.Kind.REFUSED, Optional.empty(), Optional.of(check));
        }
        var id = AttemptId.random();
        long seed = new Random().nextLong();
        var random = new Random(seed);
        var candidates = bank.questions(rules.questionSetId()).stream()
                .map(q -> new QuestionDraw.Candidate(q.versionId(), q.tags())).toList();
        var draws = rules.draws().stream().map(d -> new QuestionDraw.Rule(d.tag(), d.count())).toList();
        var versionIds = QuestionDraw.deal(candidates, draws, rules.shuffleQuestions(), random);
        var asked = bank.asked(versionIds);
        var order = new ArrayList<QuestionKey>();
        var optionOrder = new HashMap<QuestionKey, List<Integer>>();
        var maxPoints = new HashMap<QuestionKey, BigDecimal>();
        for (long versionId : versionIds) {
            var key = new QuestionKey(versionId);
            var content = asked.get(versionId).content();
            order.add(key);
            maxPoints.put(key, content.points());
            // a question may pin its options (shuffle: false); a quiz without option shuffling keeps every order
            var shown = StudentQuestionViews.optionOrder(content, AttemptScoring.questionSeed(seed, key));
            if (!rules.shuffleOptions()) {
                shown = shown.stream().sorted().toList();
            }
            if (!shown.isEmpty()) {
                optionOrder.put(key, shown);
            }
        }
        var navigation = rules.navigation() == app.steppe.quiz.Navigation.SEQUENTIAL ? Navigation.SEQUENTIAL : Navigation.FREE;
        var deadline = Deadline.at(quizzes.deadlineFor(quizId, studentId, now));
        var attempt = Attempt.start(id, quizId, studentId, new QuestionPlan(order, optionOrder), navigation, now, deadline);
        store.insert(attempt, existing.size() + 1, seed, maxPoints);
        bank.markUsed(versionIds);
        return new StartResult(StartResult.Kind.STARTED, Optional.of(id.value()), Optional.empty());
    }

    /** A student's attempts at every quiz, oldest first, in one query: for the student's quiz list. */
    @Transactional(readOnly = true)
    public List<AttemptSummary> summariesOf(long studentId) {
        return store.headersOfStudent(studentId).stream().map(AttemptSummary::of).toList();
    }

    /** Every attempt at a quiz, in order of starting, in one query: for the instructor's live list. */
    @Transactional(readOnly = true)
    public List<AttemptSummary> summariesOfQuiz(long quizId) {
        return store.headersOfQuiz(quizId).stream().map(AttemptSummary::of).toList();
    }

    /** Saves one question's answer if its sequence is newer; acknowledged only once committed (the caller's response). */
    @Transactional
    public SaveResponse save(UUID attemptId, long studentId, long versionId, AnswerForm form, long sequence, Instant clockNow) {
        var now = stored(clockNow);
        var stored = lockOwn(attemptId, studentId);
        var attempt = stored.attempt();
        var key = versionId > 0 ? new QuestionKey(versionId) : null;
        if (key == null || !attempt.plan().contains(key)) {
            return new SaveResponse(SaveOutcome.REFUSED_UNKNOWN_QUESTION, 0, Optional.empty(), remaining(attempt, now), attempt.isFinished());
        }
        var result = attempt.saveAnswer(key, new AnswerPayload(form.toJson()), sequence, now, settings.grace());
        finishIfJustClosed(stored);
        store.write(stored);
        if (result.accepted()) {
            store.log(attemptId, key, result.stored().orElseThrow());
        }
        return new SaveResponse(result.outcome(), result.stored().map(SavedAnswer::sequence).orElse(0L),
                result.stored().map(SavedAnswer::savedAt), remaining(attempt, now), attempt.isFinished());
    }

    @Transactional
    public boolean flag(UUID attemptId, long studentId, long versionId, boolean flagged, Instant clockNow) {
        var now = stored(clockNow);
        var stored = lockOwn(attemptId, studentId);
        var key = new QuestionKey(versionId);
        boolean done = flagged ? stored.attempt().flag(key, now, settings.grace()) : stored.attempt().unflag(key, now, settings.grace());
        finishIfJustClosed(stored);
        store.write(stored);
        return done;
    }

    @Transactional
    public MoveResult move(UUID attemptId, long studentId, int position, Instant clockNow) {
        var now = stored(clockNow);
        var stored = lockOwn(attemptId, studentId);
        var result = stored.attempt().moveTo(position, now, settings.grace());
        finishIfJustClosed(stored);
        store.write(stored);
        return result;
    }

    @Transactional
    public SubmitResult submit(UUID attemptId, long studentId, Instant clockNow) {
        var now = stored(clockNow);
        var stored = lockOwn(attemptId, studentId);
        boolean wasOpen = stored.attempt().isOpen();
        var result = stored.attempt().submit(now, settings.grace());
        if (wasOpen && stored.attempt().isFinished()) {
            scoreAndWrite(stored);
        }
        return result;
    }

    /** The attempt page. An overdue attempt is closed (and scored) first, so the page never shows it as open. */
    @Transactional
    public TakingView taking(UUID attemptId, long studentId, Instant clockNow) {
        var now = stored(clockNow);
        var stored = store.read(attemptId).filter(s -> s.attempt().studentId() == studentId)
                .orElseThrow(() -> new NotFoundException("attempt"));
        if (stored.attempt().isOpen() && stored.attempt().deadline().isOverdue(now, settings.grace())) {
            stored = lockOwn(attemptId, studentId);
            finishIfJustClosedAt(stored, now);
            store.write(stored);
        }
        var attempt = stored.attempt();
        var asked = bank.asked(attempt.plan().order().stream().map(QuestionKey::versionId).toList());
        var slots = new ArrayList<QuestionSlot>();
        for (int position = 0; position < attempt.plan().size(); position++) {
            var key = attempt.plan().at(position);
            var view = AttemptScoring.shownView(attempt, stored.seed(), key, asked.get(key.versionId()).content());
            var given = AttemptScoring.given(attempt, key);
            slots.add(new QuestionSlot(position, key.versionId(), view, given,
                    attempt.answerTo(key).map(SavedAnswer::sequence).orElse(0L),
                    !given.isBlank(), attempt.isFlagged(key)));
        }
        return new TakingView(attemptId, attempt.quizId(), stored.attemptNo(), attempt.navigation(), attempt.startedAt(),
                attempt.deadline().at(), remaining(attempt, now), attempt.isFinished(), attempt.currentPosition(), slots);
    }

    /**
     * Closes the student's attempt at its deadline, scored, once its deadline and grace have passed: a review asked
     * for after the time ran out shows the finished attempt without waiting for the finalizer. Whether it is finished.
     */
    @Transactional
    public boolean closeIfOverdue(UUID attemptId, long studentId, Instant clockNow) {
        var now = stored(clockNow);
        var stored = lockOwn(attemptId, studentId);
        finishIfJustClosedAt(stored, now);
        store.write(stored);
        return stored.attempt().isFinished();
    }

    /**
     * Closes and scores open attempts whose deadline and grace have passed, each in its own transaction, so one
     * bad attempt cannot hold back the others. Returns how many it closed.
     */
    public int finalizeOverdue(Instant clockNow) {
        var now = stored(clockNow);
        var ids = transactions.execute(status -> store.overdue(now, settings.grace(), settings.finalizerBatch()));
        int closed = 0;
        for (var id : ids) {
            Boolean done = transactions.execute(status -> store.lock(id).map(stored -> {
                boolean finished = finishIfJustClosedAt(stored, now);
                store.write(stored);
                return finished;
            }).orElse(false));
            closed += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return closed;
    }

    private void finishIfJustClosed(AttemptStore.Stored stored) {
        // the domain closed it at its deadline while handling the call: score it now, with the answers it had
        if (stored.attempt().isFinished() && stored.attempt().grade().isEmpty()) {
            scoreAndWrite(stored);
        }
    }

    private boolean finishIfJustClosedAt(AttemptStore.Stored stored, Instant now) {
        boolean closed = stored.attempt().finalizeIfOverdue(now, settings.grace());
        finishIfJustClosed(stored);
        return closed;
    }

    private void scoreAndWrite(AttemptStore.Stored stored) {
        var attempt = stored.attempt();
        Map<Long, AskedQuestion> asked = bank.asked(attempt.plan().order().stream().map(QuestionKey::versionId).toList());
        AttemptScoring.record(stored, AttemptScoring.marks(attempt, stored.seed(), asked, bank.spellings()));
        store.write(stored);
    }

    private AttemptStore.Stored lockOwn(UUID attemptId, long studentId) {
        return store.lock(attemptId).filter(s -> s.attempt().studentId() == studentId)
                .orElseThrow(() -> new NotFoundException("attempt"));
    }

    private StudentQuizRules rulesOrNotFound(long quizId, long studentId) {
        try {
            return quizzes.rulesFor(quizId, studentId);
        } catch (NoSuchElementException e) {
            throw new NotFoundException("quiz");
        }
    }

    /** The database keeps microseconds at most; times are cut to milliseconds so what is stored is what was decided. */
    private static Instant stored(Instant now) {
        return now.truncatedTo(ChronoUnit.MILLIS);
    }

    private static Optional<Duration> remaining(Attempt attempt, Instant now) {
        if (attempt.isFinished()) {
            return Optional.of(Duration.ZERO);
        }
        return attempt.deadline().at().map(at -> now.isAfter(at) ? Duration.ZERO : Duration.between(now, at));
    }
}
