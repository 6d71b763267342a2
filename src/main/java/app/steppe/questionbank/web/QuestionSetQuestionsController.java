package app.steppe.questionbank.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.steppe.questionbank.domain.QuestionBank;
import app.steppe.questionbank.domain.QuestionBankQueries;
import app.steppe.questionbank.domain.QuestionBankQueries.QuestionDetail;
import app.steppe.shared.web.NotFoundException;

/**
 * Moving, duplicating and deleting one question from its set's page. Each POST returns to the set page with the
 * filters it was sent from. A question is only acted on through the set it belongs to.
 */
@Controller
@RequestMapping("/instructor/question-sets/{setId}/questions/{questionId}")
class QuestionSetQuestionsController {

    private final QuestionBank bank;
    private final QuestionBankQueries queries;

    QuestionSetQuestionsController(QuestionBank bank, QuestionBankQueries queries) {
        this.bank = bank;
        this.queries = queries;
    }

    /** {@code direction}: {@code up} or {@code down}. */
    @PostMapping("/move")
    String move(@PathVariable long setId, @PathVariable long questionId, @RequestParam String direction,
            QuestionSetFilter filter) {
        requireInSet(setId, questionId);
        if (!direction.equals("up") && !direction.equals("down")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        bank.move(questionId, direction.equals("up") ? -1 : 1);
        return "redirect:" + filter.setPath(setId) + "#q" + questionId;
    }

    @PostMapping("/duplicate")
    String duplicate(@PathVariable long setId, @PathVariable long questionId, QuestionSetFilter filter,
            RedirectAttributes redirect) {
        QuestionDetail question = requireInSet(setId, questionId);
        long copy = bank.duplicateQuestion(questionId);
        flash(redirect, "qpages.question.duplicated", question.content().slug());
        return "redirect:" + filter.setPath(setId) + "#q" + copy;
    }

    @PostMapping("/delete")
    String delete(@PathVariable long setId, @PathVariable long questionId, QuestionSetFilter filter,
            RedirectAttributes redirect) {
        QuestionDetail question = requireInSet(setId, questionId);
        bank.deleteQuestion(questionId);
        flash(redirect, "qpages.question.deleted", question.content().slug());
        return "redirect:" + filter.setPath(setId);
    }

    private QuestionDetail requireInSet(long setId, long questionId) {
        QuestionDetail question = queries.question(questionId);
        if (question.setId() != setId) {
            throw new NotFoundException("question " + questionId + " in set " + setId);
        }
        return question;
    }

    private static void flash(RedirectAttributes redirect, String key, String slug) {
        redirect.addFlashAttribute("flashSuccess", key);
        redirect.addFlashAttribute("flashArgs", new Object[] {slug});
    }
}
