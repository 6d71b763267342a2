package app.steppe.quiz.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import app.steppe.quiz.GradeRelease;
import app.steppe.quiz.GradingMethod;
import app.steppe.quiz.Navigation;
import app.steppe.quiz.ReviewTiming;

/** A quiz published from a question set. Its settings change only as a whole, through {@link #revise}. */
@Entity
@Table(name = "quiz")
public class Quiz {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "question_set_id", nullable = false)
    private long questionSetId;
    private String title;
    private String instructions;
    @Column(name = "time_limit_minutes")
    private Integer timeLimitMinutes;
    @Column(name = "opens_at")
    private Instant opensAt;
    @Column(name = "closes_at")
    private Instant closesAt;
    @Column(name = "max_attempts")
    private int maxAttempts;
    @Enumerated(EnumType.STRING)
    @Column(name = "grading_method")
    private GradingMethod gradingMethod;
    @Column(name = "shuffle_questions")
    private boolean shuffleQuestions;
    @Column(name = "shuffle_options")
    private boolean shuffleOptions;
    @Enumerated(EnumType.STRING)
    private Navigation navigation;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_score")
    private ReviewTiming reviewScore;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_rightness")
    private ReviewTiming reviewRightness;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_correct_answers")
    private ReviewTiming reviewCorrectAnswers;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_feedback")
    private ReviewTiming reviewFeedback;
    @Column(name = "passing_percent")
    private int passingPercent;
    @Column(name = "created_at")
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "grade_release")
    private GradeRelease gradeRelease = GradeRelease.AUTOMATIC;
    @Column(name = "grades_released_at")
    private Instant gradesReleasedAt;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "quiz_draw_rule", joinColumns = @JoinColumn(name = "quiz_id"))
    @OrderColumn(name = "position")
    private List<DrawRuleRow> drawRules = new ArrayList<>();

    protected Quiz() {
    }

    private Quiz(long questionSetId, QuizSettings settings, Instant now) {
        this.questionSetId = questionSetId;
        this.createdAt = now;
        revise(settings);
    }

    /** Publishing is checked against the set by {@link QuizPublisher}; here the settings are already valid. */
    static Quiz publish(long questionSetId, QuizSettings settings, Instant now) {
        return new Quiz(questionSetId, settings, now);
    }

    void revise(QuizSettings s) {
        title = s.title();
        instructions = s.instructions();
        timeLimitMinutes = s.timeLimit().map(t -> (int) t.duration().toMinutes()).orElse(null);
        opensAt = s.window().open();
        closesAt = s.window().close();
        maxAttempts = s.maxAttempts();
        gradingMethod = s.gradingMethod();
        shuffleQuestions = s.shuffleQuestions();
        shuffleOptions = s.shuffleOptions();
        navigation = s.navigation();
        reviewScore = s.review().score();
        reviewRightness = s.review().rightness();
        reviewCorrectAnswers = s.review().correctAnswers();
        reviewFeedback = s.review().feedback();
        passingPercent = s.passingGrade().percent();
        drawRules.clear();
        s.drawRules().forEach(r -> drawRules.add(new DrawRuleRow(r)));
    }

    public QuizSettings settings() {
        return new QuizSettings(title, instructions, timeLimit(), window(), maxAttempts, gradingMethod,
                shuffleQuestions, shuffleOptions, drawRules.stream().map(DrawRuleRow::toRule).toList(), navigation,
                new ReviewOptions(reviewScore, reviewRightness, reviewCorrectAnswers, reviewFeedback),
                new PassingGrade(passingPercent));
    }

    public long id() {
        return id;
    }

    public long questionSetId() {
        return questionSetId;
    }

    public String title() {
        return title;
    }

    public String instructions() {
        return instructions;
    }

    public QuizWindow window() {
        return new QuizWindow(opensAt, closesAt);
    }

    public Optional<TimeLimit> timeLimit() {
        return Optional.ofNullable(timeLimitMinutes).map(TimeLimit::ofMinutes);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public GradingMethod gradingMethod() {
        return gradingMethod;
    }

    public GradeRelease gradeRelease() {
        return gradeRelease;
    }

    public Optional<Instant> gradesReleasedAt() {
        return Optional.ofNullable(gradesReleasedAt);
    }

    /**
     * Whether students may see their results at {@code now}: released by hand, or (automatic release) as the
     * review option for the score allows a submitted attempt.
     */
    public boolean gradesReleased(Instant now) {
        if (gradesReleasedAt != null && !now.isBefore(gradesReleasedAt)) {
            return true;
        }
        return gradeRelease == GradeRelease.AUTOMATIC && reviewScore.visible(true, window().isClosedAt(now));
    }

    /** Releases the results now, unless they already are by hand (the first release keeps its time). */
    void releaseGrades(Instant now) {
        if (gradesReleasedAt == null) {
            gradesReleasedAt = now;
        }
    }

    void withdrawGrades() {
        gradesReleasedAt = null;
    }

    void changeGradeRelease(GradeRelease release) {
        gradeRelease = java.util.Objects.requireNonNull(release, "release");
    }
}
