package app.steppe.quiz.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.QuestionBankApi.SetRef;
import app.steppe.quiz.GradingMethod;
import app.steppe.quiz.Navigation;
import app.steppe.quiz.ReviewTiming;
import app.steppe.quiz.domain.Quiz;
import app.steppe.quiz.domain.QuizCatalog;
import app.steppe.quiz.domain.QuizProblem;
import app.steppe.quiz.domain.QuizPublisher;
import app.steppe.quiz.domain.QuizSettings;
import app.steppe.quiz.domain.UnknownQuizException;
import app.steppe.shared.web.NotFoundException;

/** The instructor's quizzes: the list, publishing from a set, and editing (with a warning when there are attempts). */
@Controller
@RequestMapping("/instructor/quizzes")
class QuizController {

    /** A row of the list. */
    record QuizRow(long id, String title, String setTitle, String opens, String closes, String timeLimit,
            String state) {
    }

    private final QuizCatalog catalog;
    private final QuizPublisher publisher;
    private final QuestionBankApi questionBank;
    private final QuizFormMapper mapper;
    private final CourseTime time;
    private final Clock clock;

    QuizController(QuizCatalog catalog, QuizPublisher publisher, QuestionBankApi questionBank, QuizFormMapper mapper,
            CourseTime time, Clock clock) {
        this.catalog = catalog;
        this.publisher = publisher;
        this.questionBank = questionBank;
        this.mapper = mapper;
        this.time = time;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        Map<Long, String> setTitles = questionBank.sets().stream()
                .collect(Collectors.toMap(SetRef::id, SetRef::title, (a, b) -> a));
        Instant now = clock.instant();
        model.addAttribute("quizzes", catalog.all().stream().map(q -> new QuizRow(q.id(), q.title(),
                setTitles.getOrDefault(q.questionSetId(), ""), time.show(q.window().open()),
                time.show(q.window().close()),
                q.timeLimit().map(t -> String.valueOf(t.duration().toMinutes())).orElse(""), state(q, now))).toList());
        return "quiz/list";
    }

    static String state(Quiz q, Instant now) {
        if (q.window().isUpcomingAt(now)) {
            return "upcoming";
        }
        return q.window().isClosedAt(now) ? "closed" : "open";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("quizForm", QuizForm.blank());
        return formPage(model, null);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("quizForm") QuizForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (form.setId() == null) {
            errors.rejectValue("setId", "quiz.error.set.unknown");
        }
        Optional<QuizSettings> settings = mapper.settings(form, errors);
        if (settings.isEmpty() || form.setId() == null) {
            return formPage(model, null);
        }
        QuizPublisher.Outcome outcome = publisher.publish(form.setId(), settings.get());
        if (!outcome.problems().isEmpty()) {
            reject(errors, outcome.problems());
            return formPage(model, null);
        }
        redirect.addFlashAttribute("flashSuccess", "quiz.published");
        return "redirect:/instructor/quizzes";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Quiz quiz = quiz(id);
        model.addAttribute("quizForm", mapper.form(quiz.questionSetId(), quiz.settings()));
        return formPage(model, quiz);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("quizForm") QuizForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Quiz quiz = quiz(id);
        Optional<QuizSettings> settings = mapper.settings(form, errors);
        if (settings.isEmpty()) {
            return formPage(model, quiz);
        }
        long attempts = catalog.attemptsOf(id);
        List<String> warnings = QuizChangeWarnings.between(quiz.settings(), settings.get());
        if (attempts > 0 && !warnings.isEmpty() && !form.isConfirmed()) {
            model.addAttribute("attempts", attempts);
            model.addAttribute("warnings", warnings);
            return formPage(model, quiz);
        }
        QuizPublisher.Outcome outcome = publisher.revise(id, settings.get());
        if (!outcome.problems().isEmpty()) {
            reject(errors, outcome.problems());
            return formPage(model, quiz);
        }
        redirect.addFlashAttribute("flashSuccess", "quiz.saved");
        return "redirect:/instructor/quizzes";
    }

    private Quiz quiz(long id) {
        try {
            return catalog.get(id);
        } catch (UnknownQuizException e) {
            throw new NotFoundException("quiz " + id);
        }
    }

    private static void reject(BindingResult errors, List<QuizProblem> problems) {
        problems.forEach(p -> errors.rejectValue(p.field(), p.messageKey(),
                p.argument() == null ? null : new Object[] {p.argument()}, null));
    }

    private String formPage(Model model, Quiz quiz) {
        model.addAttribute("quiz", quiz);
        model.addAttribute("sets", quiz == null ? publisher.publishableSets()
                : questionBank.set(quiz.questionSetId()).map(List::of).orElse(List.of()));
        model.addAttribute("gradingMethods", GradingMethod.values());
        model.addAttribute("navigations", Navigation.values());
        model.addAttribute("reviewTimings", ReviewTiming.values());
        model.addAttribute("zone", time.zoneName());
        return "quiz/form";
    }

}
