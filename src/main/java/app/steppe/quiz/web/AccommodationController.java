package app.steppe.quiz.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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

import app.steppe.account.AccountApi;
import app.steppe.account.AccountApi.StudentRef;
import app.steppe.quiz.domain.Accommodation;
import app.steppe.quiz.domain.Accommodations;
import app.steppe.quiz.domain.ExtraTime;
import app.steppe.quiz.domain.Quiz;
import app.steppe.quiz.domain.QuizCatalog;
import app.steppe.quiz.domain.UnknownQuizException;
import app.steppe.shared.web.NotFoundException;

/** Per-student accommodations on one quiz: extra time, extra attempts, a personal close date. */
@Controller
@RequestMapping("/instructor/quizzes/{quizId}/accommodations")
class AccommodationController {

    /** A row of the list. */
    record AccommodationRow(long id, String student, int extraMinutes, BigDecimal multiplier, int extraAttempts,
            String closeOverride) {
    }

    private final QuizCatalog catalog;
    private final Accommodations accommodations;
    private final AccountApi accounts;
    private final CourseTime time;

    AccommodationController(QuizCatalog catalog, Accommodations accommodations, AccountApi accounts,
            CourseTime time) {
        this.catalog = catalog;
        this.accommodations = accommodations;
        this.accounts = accounts;
        this.time = time;
    }

    @GetMapping
    String page(@PathVariable long quizId, Model model) {
        model.addAttribute("accommodationForm", AccommodationForm.blank());
        return page(quiz(quizId), model);
    }

    @PostMapping
    String grant(@PathVariable long quizId, @ModelAttribute("accommodationForm") AccommodationForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Quiz quiz = quiz(quizId);
        if (form.studentId() == null || accounts.student(form.studentId()).isEmpty()) {
            errors.rejectValue("studentId", "quiz.error.student");
        }
        Integer minutes = QuizFormMapper.number(form.extraMinutes(), 0, 24 * 60, "extraMinutes", errors);
        Integer attempts = QuizFormMapper.number(form.extraAttempts(), 0, Accommodation.MAX_EXTRA_ATTEMPTS,
                "extraAttempts", errors);
        BigDecimal multiplier = multiplier(form.multiplier(), errors);
        if (minutes != null && multiplier != null && minutes > 0 && multiplier.compareTo(BigDecimal.ONE) != 0) {
            errors.rejectValue("multiplier", "quiz.error.minutesOrMultiplier");
        }
        Optional<Instant> close = Optional.empty();
        if (form.closeOverride() != null && !form.closeOverride().isBlank()) {
            close = time.parse(form.closeOverride());
            if (close.isEmpty()) {
                errors.rejectValue("closeOverride", "quiz.error.dateTime");
            } else if (!close.get().isAfter(quiz.window().open())) {
                errors.rejectValue("closeOverride", "quiz.error.closeBeforeOpen");
            }
        }
        if (errors.hasErrors()) {
            return page(quiz, model);
        }
        accommodations.grant(quizId, form.studentId(), new ExtraTime(minutes, multiplier), attempts, close);
        redirect.addFlashAttribute("flashSuccess", "quiz.accommodation.granted");
        return "redirect:/instructor/quizzes/" + quizId + "/accommodations";
    }

    @PostMapping("/{accommodationId}/delete")
    String revoke(@PathVariable long quizId, @PathVariable long accommodationId, RedirectAttributes redirect) {
        quiz(quizId);
        accommodations.revoke(quizId, accommodationId);
        redirect.addFlashAttribute("flashSuccess", "quiz.accommodation.removed");
        return "redirect:/instructor/quizzes/" + quizId + "/accommodations";
    }

    private static BigDecimal multiplier(String value, BindingResult errors) {
        try {
            BigDecimal m = new BigDecimal(value == null ? "" : value.strip());
            if (m.compareTo(BigDecimal.ONE) >= 0 && m.compareTo(ExtraTime.MAX_MULTIPLIER) <= 0 && m.scale() <= 2) {
                return m;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.rejectValue("multiplier", "quiz.error.multiplier");
        return null;
    }

    private String page(Quiz quiz, Model model) {
        Map<Long, StudentRef> students = accounts.students().stream()
                .collect(Collectors.toMap(StudentRef::id, Function.identity()));
        model.addAttribute("quiz", quiz);
        model.addAttribute("students", students.values().stream()
                .sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName())).toList());
        model.addAttribute("zone", time.zoneName());
        model.addAttribute("accommodations", accommodations.of(quiz.id()).stream().map(a -> new AccommodationRow(
                a.id(), Optional.ofNullable(students.get(a.studentId())).map(StudentRef::displayName).orElse("#" + a.studentId()),
                a.extraTime().minutes(), a.extraTime().multiplier(), a.extraAttempts(),
                a.closeOverride().map(time::show).orElse(""))).toList());
        return "quiz/accommodations";
    }

    private Quiz quiz(long id) {
        try {
            return catalog.get(id);
        } catch (UnknownQuizException e) {
            throw new NotFoundException("quiz " + id);
        }
    }
}
