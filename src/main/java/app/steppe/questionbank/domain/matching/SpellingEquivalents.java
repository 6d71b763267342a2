package app.steppe.questionbank.domain.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Course-wide groups of spellings of one transliterated name (Tokayev, Toqaev, Tokaev). An answer is compared
 * after each spelling in it — a word or a run of words — is replaced by its group's first spelling.
 */
public final class SpellingEquivalents {

    private static final SpellingEquivalents NONE = new SpellingEquivalents(List.of());

    private final List<List<String>> groups;
    private final Map<List<String>, List<String>> ignoringCase;
    private final Map<List<String>, List<String>> respectingCase;
    private final int longestSpelling;

    private SpellingEquivalents(List<List<String>> groups) {
        this.groups = groups.stream().map(List::copyOf).toList();
        this.ignoringCase = canonicalByPhrase(this.groups, false);
        this.respectingCase = canonicalByPhrase(this.groups, true);
        this.longestSpelling = ignoringCase.keySet().stream().mapToInt(List::size).max().orElse(0);
    }

    public static SpellingEquivalents none() {
        return NONE;
    }

    /** @throws IllegalArgumentException if a group is empty or a spelling belongs to two groups */
    public static SpellingEquivalents of(List<List<String>> groups) {
        return new SpellingEquivalents(groups);
    }

    public List<List<String>> groups() {
        return groups;
    }

    /** The answer normalised by {@link TextNormaliser}, with every known spelling replaced by its group's first. */
    public String canonicalise(String answer, boolean caseSensitive) {
        String normalised = TextNormaliser.normalise(answer, caseSensitive);
        if (normalised.isEmpty() || groups.isEmpty()) {
            return normalised;
        }
        Map<List<String>, List<String>> canonical = caseSensitive ? respectingCase : ignoringCase;
        List<String> words = Arrays.asList(normalised.split(" "));
        List<String> result = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            int matchedLength = 0;
            // longest first, so that a two-word spelling wins over a group for one of its words
            for (int length = Math.min(longestSpelling, words.size() - i); length > 0 && matchedLength == 0; length--) {
                List<String> replacement = canonical.get(words.subList(i, i + length));
                if (replacement != null) {
                    result.addAll(replacement);
                    matchedLength = length;
                }
            }
            if (matchedLength == 0) {
                result.add(words.get(i));
                matchedLength = 1;
            }
            i += matchedLength;
        }
        return String.join(" ", result);
    }

    private static Map<List<String>, List<String>> canonicalByPhrase(List<List<String>> groups, boolean caseSensitive) {
        Map<List<String>, List<String>> canonicalByPhrase = new HashMap<>();
        Map<List<String>, Integer> groupOfPhrase = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            List<String> group = groups.get(g);
            if (group.isEmpty()) {
                throw new IllegalArgumentException("spelling group " + (g + 1) + " is empty");
            }
            List<String> canonical = words(group.get(0), caseSensitive);
            for (String spelling : group) {
                List<String> phrase = words(spelling, caseSensitive);
                if (phrase.isEmpty()) {
                    throw new IllegalArgumentException("spelling group " + (g + 1) + " has an empty spelling");
                }
                Integer earlierGroup = groupOfPhrase.putIfAbsent(phrase, g);
                if (earlierGroup != null && earlierGroup != g) {
                    throw new IllegalArgumentException("'" + spelling + "' is in spelling groups "
                            + (earlierGroup + 1) + " and " + (g + 1));
                }
                canonicalByPhrase.put(phrase, canonical);
            }
        }
        return canonicalByPhrase;
    }

    private static List<String> words(String spelling, boolean caseSensitive) {
        String normalised = TextNormaliser.normalise(spelling, caseSensitive);
        return normalised.isEmpty() ? List.of() : List.of(normalised.split(" "));
    }
}
