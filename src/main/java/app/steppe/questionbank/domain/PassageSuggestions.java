package app.steppe.questionbank.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import app.steppe.questionbank.domain.grounding.PassageRanker;
import app.steppe.reading.ReadingApi;
import app.steppe.reading.ReadingText;

/**
 * The passages of a reading that best match a question and its right answer (see {@link PassageRanker}), for the
 * editor of a question that has no citation yet. Proposals only: the author picks one, and it is then verified
 * like any quote when the question is saved.
 */
@Component
public class PassageSuggestions {

    static final int LIMIT = 3;
    /** Readings are few; the bound only keeps an instance that lives through many reading versions small. */
    private static final int RANKERS_KEPT = 32;

    /**
     * A proposed quote: characters [start, end) of paragraph {@code paragraph} of the reading's current version.
     * {@code matched} are the question's words found in it (lower case, plurals folded).
     */
    public record Suggestion(String readingSlug, int paragraph, int start, int end, String quote, String href,
            List<String> matched) {

        /** Where the passage is, as forms send it back: {@code paragraph:start:end}. */
        public String position() {
            return paragraph + ":" + start + ":" + end;
        }
    }

    private final ReadingApi readings;
    /** By reading version: a stored version never changes, so its ranker never goes stale. */
    private final Map<Long, PassageRanker> rankers = new ConcurrentHashMap<>();

    PassageSuggestions(ReadingApi readings) {
        this.readings = readings;
    }

    /** Up to three proposals, best first; none for an unknown reading or a question without words to match. */
    public List<Suggestion> suggest(QuestionContent question, String readingSlug) {
        Optional<ReadingText> reading = readingSlug == null || readingSlug.isBlank() ? Optional.empty()
                : readings.currentBySlug(readingSlug);
        if (reading.isEmpty()) {
            return List.of();
        }
        ReadingText text = reading.get();
        return rankerFor(text).rank(QuestionWords.question(question), QuestionWords.rightAnswer(question), LIMIT).stream()
                .map(ranked -> {
                    PassageRanker.Sentence s = ranked.sentence();
                    return new Suggestion(text.slug(), s.paragraph(), s.start(), s.end(), s.text(),
                            text.pathTo(s.paragraph()), ranked.matched().stream().sorted().toList());
                }).toList();
    }

    /**
     * The text at a {@link Suggestion#position()} a form sent back, if the reading's current version still has that
     * range; empty for a position that is gone, mangled or forged.
     */
    public Optional<String> passage(String readingSlug, String position) {
        String[] at = position == null ? new String[0] : position.split(":");
        try {
            return at.length == 3 ? passage(readingSlug, Integer.parseInt(at[0]), Integer.parseInt(at[1]),
                    Integer.parseInt(at[2])) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<String> passage(String readingSlug, int paragraph, int start, int end) {
        if (readingSlug == null || readingSlug.isBlank()) {
            return Optional.empty();
        }
        return readings.currentBySlug(readingSlug).flatMap(text -> text.paragraph(paragraph))
                .filter(p -> 0 <= start && start < end && end <= p.text().length())
                .map(p -> p.text().substring(start, end));
    }

    private PassageRanker rankerFor(ReadingText text) {
        if (rankers.size() >= RANKERS_KEPT) {
            rankers.clear();
        }
        return rankers.computeIfAbsent(text.versionId(),
                id -> new PassageRanker(text.paragraphs().stream().map(p -> p.text()).toList()));
    }
}
