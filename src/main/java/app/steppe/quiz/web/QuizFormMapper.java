package app.steppe.quiz.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import app.steppe.quiz.GradingMethod;
import app.steppe.quiz.Navigation;
import app.steppe.quiz.ReviewTiming;
import app.steppe.quiz.domain.DrawRule;
import app.steppe.quiz.domain.PassingGrade;
import app.steppe.quiz.domain.QuizSettings;
import app.steppe.quiz.domain.QuizWindow;
import app.steppe.quiz.domain.ReviewOptions;
import app.steppe.quiz.domain.TimeLimit;

/** Turns the typed form into settings, or puts an error next to each field that is wrong. */
@Component
class QuizFormMapper {

    private final CourseTime time;

    QuizFormMapper(CourseTime time) {
        this.time = time;
    }

    Optional<QuizSettings> settings(QuizForm f, BindingResult errors) {
        String title = f.title() == null ? "" : f.title().strip();
        if (title.isEmpty()) {
            errors.rejectValue("title", "quiz.error.title.blank");
        } else if (title.length() > QuizSettings.MAX_TITLE) {
            errors.rejectValue("title", "quiz.error.title.long", new Object[] {QuizSettings.MAX_TITLE}, null);
        }
        Optional<TimeLimit> limit = Optional.empty();
        if (f.timeLimitMinutes() != null && !f.timeLimitMinutes().isBlank()) {
            Integer minutes = number(f.timeLimitMinutes(), 1, 100_000, "timeLimitMinutes", errors);
            if (minutes != null) {
                limit = Optional.of(TimeLimit.ofMinutes(minutes));
            }
        }
        Optional<Instant> open = instant(f.opensAt(), "opensAt", errors);
        Optional<Instant> close = instant(f.closesAt(), "closesAt", errors);
        if (open.isPresent() && close.isPresent() && !close.get().isAfter(open.get())) {
            errors.rejectValue("closesAt", "quiz.error.closeBeforeOpen");
        }
        Integer attempts = number(f.maxAttempts(), 1, QuizSettings.MAX_ATTEMPTS, "maxAttempts", errors);
        Integer passing = number(f.passingPercent(), 0, 100, "passingPercent", errors);
        GradingMethod grading = choice(GradingMethod.class, f.gradingMethod(), "gradingMethod", errors);
        Navigation navigation = choice(Navigation.class, f.navigation(), "navigation", errors);
        ReviewTiming score = choice(ReviewTiming.class, f.reviewScore(), "reviewScore", errors);
        ReviewTiming rightness = choice(ReviewTiming.class, f.reviewRightness(), "reviewRightness", errors);
        ReviewTiming correct = choice(ReviewTiming.class, f.reviewCorrectAnswers(), "reviewCorrectAnswers", errors);
        ReviewTiming feedback = choice(ReviewTiming.class, f.reviewFeedback(), "reviewFeedback", errors);
        List<DrawRule> draws = new ArrayList<>();
        for (int i = 0; i < f.draws().size(); i++) {
            QuizForm.DrawForm d = f.draws().get(i);
            if (!d.isBlank()) {
                Integer count = number(d.count(), 1, 10_000, "draws[" + i + "].count", errors);
                if (count != null) {
                    draws.add(new DrawRule(Optional.ofNullable(d.tag()), count));
                }
            }
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new QuizSettings(title, f.instructions(), limit, new QuizWindow(open.get(), close.get()),
                attempts, grading, Boolean.TRUE.equals(f.shuffleQuestions()), Boolean.TRUE.equals(f.shuffleOptions()),
                draws, navigation, new ReviewOptions(score, rightness, correct, feedback), new PassingGrade(passing)));
    }

    QuizForm form(long setId, QuizSettings s) {
        List<QuizForm.DrawForm> draws = s.drawRules().stream()
                .map(d -> new QuizForm.DrawForm(d.tag().orElse(""), String.valueOf(d.count()))).toList();
        return new QuizForm(setId, s.title(), s.instructions(),
                s.timeLimit().map(TimeLimit::duration).map(Duration::toMinutes).map(String::valueOf).orElse(""),
                time.input(s.window().open()), time.input(s.window().close()), String.valueOf(s.maxAttempts()),
                s.gradingMethod().name(), s.shuffleQuestions(), s.shuffleOptions(), s.navigation().name(),
                s.review().score().name(), s.review().rightness().name(), s.review().correctAnswers().name(),
                s.review().feedback().name(), String.valueOf(s.passingGrade().percent()), draws, false);
    }

    private Optional<Instant> instant(String value, String field, BindingResult errors) {
        Optional<Instant> parsed = time.parse(value);
        if (parsed.isEmpty()) {
            errors.rejectValue(field, "quiz.error.dateTime");
        }
        return parsed;
    }

    static Integer number(String value, int min, int max, String field, BindingResult errors) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.rejectValue(field, "quiz.error.range", new Object[] {min, max}, null);
        return null;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, BindingResult errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "quiz.error.choice");
            return null;
        }
    }
}
