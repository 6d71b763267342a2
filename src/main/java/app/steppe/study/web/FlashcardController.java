package app.steppe.study.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.shared.web.NotFoundException;
import app.steppe.study.domain.InvalidReviewException;
import app.steppe.study.domain.QueueEntry;
import app.steppe.study.domain.ReviewResult;
import app.steppe.study.domain.StudentDeck;
import app.steppe.study.domain.StudyPool;
import app.steppe.study.domain.StudyQuestions;
import app.steppe.study.domain.StudyReviews;

/**
 * Flashcards: today's queue one card at a time. The front is the question; "Show answer" (a link, or Space with
 * JavaScript) shows the back; the four rating buttons post the review with the review id made when the card was shown.
 */
@Controller
class FlashcardController {

    /** The card on screen and where it stands in the queue. */
    record ReviewPage(QuestionCard card, QueueEntry.Kind kind, long dueLeft, long newLeft, String reviewId,
            boolean shown) {
    }

    private final StudyQuestions questions;
    private final StudyReviews reviews;
    private final StudentDeck deck;
    private final QuestionCards cards;
    private final Clock clock;

    FlashcardController(StudyQuestions questions, StudyReviews reviews, StudentDeck deck, QuestionCards cards,
            Clock clock) {
        this.questions = questions;
        this.reviews = reviews;
        this.deck = deck;
        this.cards = cards;
        this.clock = clock;
    }

    @GetMapping("/study/review")
    String show(@AuthenticationPrincipal AuthenticatedUser user, @RequestParam(required = false) Long card,
            @RequestParam(defaultValue = "false") boolean show, Model model) {
        Instant now = clock.instant();
        deck.takeInMissedQuestions(user.id(), now);
        StudyPool pool = questions.pool(now);
        List<QueueEntry> queue = queue(user.id(), pool, now);
        Optional<QueueEntry> shown = queue.stream().filter(e -> card != null && e.questionId() == card).findFirst()
                .or(() -> queue.stream().findFirst());
        model.addAttribute("page", shown.flatMap(entry -> pool.question(entry.questionId())
                .flatMap(q -> cards.card(q.versionId(), q.questionId()))
                .map(c -> new ReviewPage(c, entry.kind(),
                        queue.stream().filter(e -> e.kind() == QueueEntry.Kind.DUE).count(),
                        queue.stream().filter(e -> e.kind() == QueueEntry.Kind.NEW).count(),
                        PracticeSession.newReviewId().replace("p-", "r-"), show && card != null)))
                .orElse(null));
        return "study/review";
    }

    @PostMapping("/study/review/{questionId}")
    String rate(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long questionId,
            @RequestParam(defaultValue = "") String rating, @RequestParam(defaultValue = "") String reviewId,
            RedirectAttributes redirect) {
        Instant now = clock.instant();
        int grade = grade(rating);
        StudyPool pool = questions.pool(now);
        boolean open = pool.question(questionId).map(q -> pool.isOpenForPractice(q.setId())).orElse(false);
        if (!pool.mayStudy(questionId) || !(open || deck.hasCard(user.id(), questionId))) {
            throw new NotFoundException("question " + questionId + " is not in the student's study");
        }
        ReviewResult result = reviews.review(user.id(), questionId, grade, reviewId, now);
        redirect.addFlashAttribute("flashSuccess", result.replayed() ? "study.review.replayed" : "study.review.rated");
        redirect.addFlashAttribute("flashArgs", new Object[] {result.rating().grade()});
        return "redirect:/study/review";
    }

    private List<QueueEntry> queue(long studentId, StudyPool pool, Instant now) {
        List<Long> candidates = pool.practiceQuestions().stream().map(StudyPool.Question::questionId).toList();
        return reviews.queue(studentId, candidates, pool.excluded(), now).stream()
                .filter(e -> pool.mayStudy(e.questionId())).toList();
    }

    private static int grade(String rating) {
        try {
            return Integer.parseInt(rating.strip());
        } catch (NumberFormatException e) {
            throw new InvalidReviewException("a rating is a whole number from 1 to 4");
        }
    }
}
