package app.steppe.study.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import app.steppe.questionbank.QuestionBankApi.AskedQuestion;
import app.steppe.questionbank.QuestionBankApi.CitedPassage;
import app.steppe.reading.Paragraph;
import app.steppe.reading.ReadingApi;
import app.steppe.reading.ReadingText;
import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.shared.web.NotFoundException;
import app.steppe.study.domain.StudentDeck;
import app.steppe.study.domain.StudyPool;
import app.steppe.study.domain.StudyQuestions;

/**
 * A reading as one student's weak spots: its paragraphs, with those cited by questions the student missed or last
 * rated Again highlighted, each with a button to practise exactly those questions. Only the student's own cards.
 */
@Controller
class WeakPassagesController {

    /** A paragraph and the student's weak questions that cite it (empty: not weak). */
    record WeakParagraph(Paragraph paragraph, List<Long> questionIds) {

        public boolean weak() {
            return !questionIds.isEmpty();
        }
    }

    private final ReadingApi readings;
    private final StudyQuestions questions;
    private final StudentDeck deck;
    private final QuestionCards cards;
    private final Clock clock;

    WeakPassagesController(ReadingApi readings, StudyQuestions questions, StudentDeck deck, QuestionCards cards,
            Clock clock) {
        this.readings = readings;
        this.questions = questions;
        this.deck = deck;
        this.cards = cards;
        this.clock = clock;
    }

    @GetMapping("/study/weak-passages/{slug}")
    String show(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String slug, Model model) {
        ReadingText reading = readings.currentBySlug(slug).orElseThrow(() -> new NotFoundException("reading " + slug));
        Instant now = clock.instant();
        deck.takeInMissedQuestions(user.id(), now);
        StudyPool pool = questions.pool(now);
        List<Long> versions = deck.weakQuestions(user.id(), pool).stream()
                .flatMap(id -> pool.question(id).stream()).map(StudyPool.Question::versionId).toList();
        Map<Integer, Set<Long>> weakByParagraph = new TreeMap<>();
        for (AskedQuestion asked : cards.asked(versions).values()) {
            for (CitedPassage p : asked.passages()) {
                // paragraph numbers of the cited version; a new version re-grounds citations (StaleCitationFlagger)
                if (slug.equals(p.readingSlug()) && p.paragraphNo() != null) {
                    weakByParagraph.computeIfAbsent(p.paragraphNo(), n -> new TreeSet<>()).add(asked.questionId());
                }
            }
        }
        List<WeakParagraph> paragraphs = new ArrayList<>();
        Set<Long> all = new TreeSet<>();
        for (Paragraph p : reading.paragraphs()) {
            Set<Long> weak = weakByParagraph.getOrDefault(p.number(), Set.of());
            all.addAll(weak);
            paragraphs.add(new WeakParagraph(p, List.copyOf(weak)));
        }
        model.addAttribute("reading", reading);
        model.addAttribute("paragraphs", paragraphs);
        model.addAttribute("allWeak", List.copyOf(all));
        model.addAttribute("weakCount", weakByParagraph.size());
        return "study/weak-passages";
    }
}
