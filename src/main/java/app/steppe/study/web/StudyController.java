package app.steppe.study.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.QuestionBankApi.CitedPassage;
import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.study.domain.StudentDeck;
import app.steppe.study.domain.StudyPool;
import app.steppe.study.domain.StudyQuestions;
import app.steppe.study.domain.StudyReviews;

/** The student's study page: the review queue, what may be practised, their weak readings. */
@Controller
class StudyController {

    /** A set open for practice, with the number of questions that may be practised now. */
    record PracticeSetRow(long id, String title, long questions) {
    }

    private final StudyQuestions questions;
    private final StudyReviews reviews;
    private final StudentDeck deck;
    private final QuestionBankApi bank;
    private final Clock clock;

    StudyController(StudyQuestions questions, StudyReviews reviews, StudentDeck deck, QuestionBankApi bank,
            Clock clock) {
        this.questions = questions;
        this.reviews = reviews;
        this.deck = deck;
        this.bank = bank;
        this.clock = clock;
    }

    @GetMapping("/study")
    String index(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
        Instant now = clock.instant();
        deck.takeInMissedQuestions(user.id(), now);
        StudyPool pool = questions.pool(now);
        List<PracticeSetRow> sets = bank.sets().stream().filter(s -> pool.isOpenForPractice(s.id()))
                .map(s -> new PracticeSetRow(s.id(), s.title(),
                        pool.practiceSet(s.id()).stream().filter(q -> !q.isEssay()).count()))
                .toList();
        List<Long> weak = deck.weakQuestions(user.id(), pool);
        Set<String> weakReadings = new TreeSet<>();
        bank.asked(weak.stream().flatMap(id -> pool.question(id).stream()).map(StudyPool.Question::versionId).toList())
                .values().forEach(q -> q.passages().stream().map(CitedPassage::readingSlug).forEach(weakReadings::add));
        model.addAttribute("due", reviews.dueCount(user.id(), pool.excluded(), now));
        model.addAttribute("sets", sets);
        model.addAttribute("tags", pool.practiceTags());
        model.addAttribute("weakCount", weak.size());
        model.addAttribute("weakReadings", List.copyOf(weakReadings));
        return "study/index";
    }
}
