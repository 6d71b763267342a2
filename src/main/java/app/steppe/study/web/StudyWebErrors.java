package app.steppe.study.web;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import app.steppe.study.domain.InvalidReviewException;

/** The study module's refusals as pages with a message key: a bad review is the client's fault, never a 500. */
@ControllerAdvice(basePackageClasses = StudyWebErrors.class)
class StudyWebErrors {

    @ExceptionHandler(InvalidReviewException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalidReview(Model model) {
        model.addAttribute("reason", "study.refused.review");
        return "study/refused";
    }

    /** Two reviews of one card at the same moment (two tabs): the second is refused and can simply be repeated. */
    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String concurrentReview(Model model) {
        model.addAttribute("reason", "study.refused.concurrent");
        return "study/refused";
    }
}
