package app.steppe.questionbank.domain.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class ClosestPassageFinderTest {

    private final Random random = new Random(2022);

    @Test
    void findsAnExactSubstringAtDistanceZero() {
        ClosestPassageFinder.Match end = ClosestPassageFinder.bestEnd(chars("strong"), chars("a strong state"), Integer.MAX_VALUE);
        ClosestPassageFinder.Match match = ClosestPassageFinder.withStart(chars("strong"), chars("a strong state"), end);

        assertThat(match).isEqualTo(new ClosestPassageFinder.Match(2, 8, 0));
    }

    @Test
    void locatesAMisspeltWordWithItsDistance() {
        char[] text = chars("the 2,030-strong contingent sent by the CSTO");
        ClosestPassageFinder.Match end = ClosestPassageFinder.bestEnd(chars("2,300-strong"), text, Integer.MAX_VALUE);
        ClosestPassageFinder.Match match = ClosestPassageFinder.withStart(chars("2,300-strong"), text, end);

        assertThat(match.distance()).isEqualTo(2);
        assertThat(new String(text, match.start(), match.end() - match.start())).contains("030-strong");
    }

    @Test
    void givesUpOnATextThatCannotBeatTheBestDistanceSoFar() {
        assertThat(ClosestPassageFinder.bestEnd(chars("contingent"), chars("nothing alike here"), 3)).isNull();
        assertThat(ClosestPassageFinder.bestEnd(chars("contingent"), chars("a contingent"), 1)).isNotNull();
    }

    @RepeatedTest(50)
    void theCutOffFindsTheSameDistanceAsTheFullDynamicProgrammeForRandomQuotes() {
        assertSameAsFullDynamicProgramme(randomText(1 + random.nextInt(40)), randomText(200));
    }

    @RepeatedTest(50)
    void theCutOffFindsTheSameDistanceAsTheFullDynamicProgrammeForMistypedPiecesOfTheText() {
        char[] text = randomText(200);
        int start = random.nextInt(150);
        char[] quote = new String(text, start, 5 + random.nextInt(45)).toCharArray();
        for (int typos = random.nextInt(4); typos > 0; typos--) {
            quote[random.nextInt(quote.length)] = "abc dx".charAt(random.nextInt(6));
        }
        assertSameAsFullDynamicProgramme(quote, text);
    }

    private static void assertSameAsFullDynamicProgramme(char[] quote, char[] text) {

        ClosestPassageFinder.Match match = ClosestPassageFinder.bestEnd(quote, text, Integer.MAX_VALUE);

        assertThat(match.distance()).isEqualTo(fullDynamicProgramme(quote, text));
        ClosestPassageFinder.Match located = ClosestPassageFinder.withStart(quote, text, match);
        String substring = new String(text, located.start(), located.end() - located.start());
        assertThat(levenshtein(new String(quote), substring)).isEqualTo(match.distance());
    }

    private char[] randomText(int length) {
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = "abc d".charAt(random.nextInt(5));
        }
        return text;
    }

    private static int fullDynamicProgramme(char[] quote, char[] text) {
        int[][] d = new int[quote.length + 1][text.length + 1];
        for (int i = 1; i <= quote.length; i++) {
            d[i][0] = i;
            for (int j = 1; j <= text.length; j++) {
                d[i][j] = Math.min(d[i - 1][j - 1] + (quote[i - 1] == text[j - 1] ? 0 : 1),
                        Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        int best = Integer.MAX_VALUE;
        for (int j = 0; j <= text.length; j++) {
            best = Math.min(best, d[quote.length][j]);
        }
        return best;
    }

    private static int levenshtein(String a, String b) {
        return org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance().apply(a, b);
    }

    private static char[] chars(String text) {
        return text.toCharArray();
    }
}
