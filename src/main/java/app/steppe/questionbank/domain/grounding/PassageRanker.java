package app.steppe.questionbank.domain.grounding;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes the sentences of a reading that a question most likely tests, for questions that came without a
 * citation (GIFT, Aiken, QTI). Each sentence is a candidate quote, scored against the words of the question and its
 * right answer with Okapi BM25 (k1 = 1.2, b = 0.75), the sentences being the documents: a word that occurs in few
 * sentences ("2,030", "Engels") weighs far more than one found everywhere ("Kazakhstan"). Words are compared
 * case- and accent-free, without English stop words, with plurals folded (Harman's S-stemmer) and digit groups
 * joined ("2,030" = "2030"), so a numeric answer finds the sentence with its figure.
 * <p>
 * One ranker per reading version; it keeps the sentences' term counts.
 */
public final class PassageRanker {

    /** A sentence short of this many words is a heading or a fragment, not a passage worth citing. */
    static final int MIN_WORDS = 5;
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final double ANSWER_WEIGHT = 2;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A separator between digit groups: "2,030", "2 030" with a (narrow) no-break space. */
    private static final Pattern DIGIT_GROUP = Pattern.compile("(?<=\\d)[,\u00A0\u202F](?=\\d{3}(?!\\d))");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> STOP_WORDS = Set.of("a", "about", "after", "again", "against", "all", "also",
            "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "between", "both",
            "but", "by", "can", "could", "did", "do", "does", "doing", "during", "each", "few", "for", "from",
            "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if",
            "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most", "must", "my",
            "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over",
            "own", "s", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
            "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
            "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
            "with", "would", "you", "your", "true", "false", "according", "article", "author", "following",
            "statement", "answer", "correct", "name", "word", "words", "blank", "blanks");

    /** A sentence of paragraph {@code paragraph} (from 1): {@code text} is exactly its characters [start, end). */
    public record Sentence(int paragraph, int start, int end, String text) {
    }

    /** A proposed sentence, its score and the question's words it contains (as compared: lower case, stemmed). */
    public record Ranked(Sentence sentence, double score, Set<String> matched) {
    }

    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Map<String, Integer>> counts = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();
    private final Map<String, Integer> sentencesWith = new HashMap<>();
    private final double averageLength;

    /** @param paragraphs the reading's paragraphs in order; the first is paragraph 1 */
    public PassageRanker(List<String> paragraphs) {
        long total = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            for (Sentence sentence : sentencesOf(p + 1, paragraphs.get(p))) {
                List<String> terms = terms(sentence.text());
                if (terms.size() < MIN_WORDS) {
                    continue;
                }
                Map<String, Integer> count = new HashMap<>();
                terms.forEach(term -> count.merge(term, 1, Integer::sum));
                count.keySet().forEach(term -> sentencesWith.merge(term, 1, Integer::sum));
                sentences.add(sentence);
                counts.add(count);
                lengths.add(terms.size());
                total += terms.size();
            }
        }
        averageLength = sentences.isEmpty() ? 1 : (double) total / sentences.size();
    }

    /**
     * The best sentences for a question, best first, at most one per paragraph and at most {@code limit}; only
     * sentences sharing at least one word with it. The words of the right answer count double: the passage a
     * question tests must say what makes the answer right, while the prompt may set the scene in words found
     * anywhere. Ties keep the reading's order.
     */
    public List<Ranked> rank(String question, String rightAnswer, int limit) {
        Map<String, Double> query = new LinkedHashMap<>();
        terms(question).forEach(term -> query.put(term, 1.0));
        terms(rightAnswer).forEach(term -> query.put(term, ANSWER_WEIGHT));
        List<Ranked> scored = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            double score = 0;
            Set<String> matched = new LinkedHashSet<>();
            for (Map.Entry<String, Double> term : query.entrySet()) {
                Integer tf = counts.get(i).get(term.getKey());
                if (tf != null) {
                    score += term.getValue() * idf(term.getKey()) * tf * (K1 + 1)
                            / (tf + K1 * (1 - B + B * lengths.get(i) / averageLength));
                    matched.add(term.getKey());
                }
            }
            if (!matched.isEmpty()) {
                scored.add(new Ranked(sentences.get(i), score, Set.copyOf(matched)));
            }
        }
        scored.sort(Comparator.comparingDouble(Ranked::score).reversed()); // stable: ties stay in reading order
        List<Ranked> best = new ArrayList<>();
        Set<Integer> paragraphs = new HashSet<>();
        for (Ranked ranked : scored) {
            if (best.size() == limit) {
                break;
            }
            if (paragraphs.add(ranked.sentence().paragraph())) {
                best.add(ranked);
            }
        }
        return best;
    }

    private double idf(String term) {
        int n = sentencesWith.getOrDefault(term, 0);
        return Math.log(1 + (sentences.size() - n + 0.5) / (n + 0.5));
    }

    static List<Sentence> sentencesOf(int paragraph, String text) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        breaks.setText(text);
        List<Sentence> found = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                found.add(new Sentence(paragraph, from, to, text.substring(from, to)));
            }
        }
        return found;
    }

    /** The words as compared: folded, stemmed, stop words left out. */
    static List<String> terms(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(DIGIT_GROUP.matcher(text).replaceAll(""),
                Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        List<String> terms = new ArrayList<>();
        Matcher word = WORD.matcher(folded);
        while (word.find()) {
            String term = word.group();
            if (!STOP_WORDS.contains(term)) {
                terms.add(stem(term));
            }
        }
        return terms;
    }

    /** Harman's S-stemmer: plurals to singular, nothing more (a reading's names must stay recognisable). */
    static String stem(String word) {
        if (word.length() > 3 && word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("es") && !word.endsWith("aes") && !word.endsWith("ees")
                && !word.endsWith("oes")) {
            return word.substring(0, word.length() - 1);
        }
        if (word.length() > 2 && word.endsWith("s") && !word.endsWith("us") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
