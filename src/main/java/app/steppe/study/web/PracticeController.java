package app.steppe.study.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import app.steppe.questionbank.QuestionBankApi.AskedQuestion;
import app.steppe.shared.security.AuthenticatedUser;

/** Untimed practice, one question at a time with feedback after each answer; the run lives in the HTTP session. */
@Controller
@RequestMapping("/study/practice")
class PracticeController {

    /** A missed question in the summary: its prompt and where to read up on it. */
    record Missed(long questionId, String promptHtml, List<PassageView> passages) {
    }

    private final PracticeRuns runs;
    private final QuestionCards cards;
    private final Clock clock;

    PracticeController(PracticeRuns runs, QuestionCards cards, Clock clock) {
        this.runs = runs;
        this.cards = cards;
        this.clock = clock;
    }

    @PostMapping
    String start(@AuthenticationPrincipal AuthenticatedUser user, @ModelAttribute PracticeStartForm form,
            HttpSession session, RedirectAttributes redirect) {
        return runs.start(user.id(), form, clock.instant()).map(run -> {
            session.setAttribute(PracticeSession.ATTRIBUTE, run);
            return "redirect:/study/practice/" + run.id();
        }).orElseGet(() -> {
            redirect.addFlashAttribute("flashError", "study.practice.empty");
            // the flash fragment needs arguments, even none
            redirect.addFlashAttribute("flashArgs", new Object[0]);
            return "redirect:/study";
        });
    }

    @GetMapping("/{runId}")
    String show(@PathVariable String runId, HttpSession session, Model model, RedirectAttributes redirect) {
        PracticeSession run = run(session, runId);
        if (run == null) {
            return gone(redirect);
        }
        model.addAttribute("run", run);
        if (run.finished()) {
            return summary(run, model);
        }
        PracticeSession.Item item = run.current();
        var card = cards.card(item.versionId(), item.seed);
        if (card.isEmpty()) {
            return gone(redirect);
        }
        model.addAttribute("item", item);
        model.addAttribute("card", card.get());
        model.addAttribute("namePrefix", PracticeRuns.ANSWER_PREFIX);
        return "study/practice";
    }

    @PostMapping("/{runId}/answer")
    String answer(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String runId,
            @RequestParam(defaultValue = "") String reviewId, HttpServletRequest request, HttpSession session,
            RedirectAttributes redirect) {
        PracticeSession run = run(session, runId);
        if (run == null) {
            return gone(redirect);
        }
        runs.answer(user.id(), run, reviewId, request.getParameterMap(), clock.instant());
        session.setAttribute(PracticeSession.ATTRIBUTE, run);
        return "redirect:/study/practice/" + runId;
    }

    @PostMapping("/{runId}/retry")
    String retry(@PathVariable String runId, HttpSession session, RedirectAttributes redirect) {
        PracticeSession run = run(session, runId);
        if (run == null) {
            return gone(redirect);
        }
        if (!run.finished() && run.current().canTryAgain()) {
            run.current().tryAgain();
            session.setAttribute(PracticeSession.ATTRIBUTE, run);
        }
        return "redirect:/study/practice/" + runId;
    }

    @PostMapping("/{runId}/next")
    String next(@PathVariable String runId, HttpSession session, RedirectAttributes redirect) {
        PracticeSession run = run(session, runId);
        if (run == null) {
            return gone(redirect);
        }
        run.next();
        session.setAttribute(PracticeSession.ATTRIBUTE, run);
        return "redirect:/study/practice/" + runId;
    }

    private String summary(PracticeSession run, Model model) {
        List<PracticeSession.Item> missed = run.missed();
        Map<Long, AskedQuestion> asked = cards.asked(missed.stream().map(PracticeSession.Item::versionId).toList());
        model.addAttribute("missed", missed.stream().filter(i -> asked.containsKey(i.versionId())).map(i -> {
            QuestionCard card = cards.card(asked.get(i.versionId()), i.seed);
            return new Missed(i.questionId(), card.front().promptHtml(), card.passages());
        }).toList());
        return "study/practice-summary";
    }

    private static PracticeSession run(HttpSession session, String runId) {
        Object run = session.getAttribute(PracticeSession.ATTRIBUTE);
        return run instanceof PracticeSession practice && practice.id().equals(runId) ? practice : null;
    }

    private static String gone(RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashError", "study.practice.gone");
        // the flash fragment needs arguments, even none
        redirect.addFlashAttribute("flashArgs", new Object[0]);
        return "redirect:/study";
    }
}
