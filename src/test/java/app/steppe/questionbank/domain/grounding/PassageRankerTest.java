package app.steppe.questionbank.domain.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PassageRankerTest {

    private static final List<String> PARAGRAPHS = List.of(
            "Kazakhstan in crisis",
            "Kazakhstan asked for help in January. The CSTO sent a contingent of 2,030 troops to Kazakhstan. "
                    + "Kazakhstan is a large country with many neighbours and a long history.",
            "China shares a border of 1\u00A0782 kilometres with Kazakhstan. Beijing watched the events in Kazakhstan.",
            "Friedrich Engels wrote about the politics of imperial Russia and its diplomacy.");

    private final PassageRanker ranker = new PassageRanker(PARAGRAPHS);

    @Test
    void wordsAreComparedWithoutCaseAccentsStopWordsPluralsOrDigitGroupSeparators() {
        assertThat(PassageRanker.terms("The Troops of the CSTO: 2,030 — Almaty’s Éngels, policies"))
                .containsExactly("troop", "csto", "2030", "almaty", "engel", "policy");
        assertThat(PassageRanker.terms("2\u00A0030 and 1,5 and 12,3456")).containsExactly("2030", "1", "5", "12", "3456");
    }

    @Test
    void eachSentenceIsExactlyTheCharactersItsOffsetsName() {
        List<PassageRanker.Sentence> sentences = PassageRanker.sentencesOf(2, PARAGRAPHS.get(1));

        assertThat(sentences).extracting(PassageRanker.Sentence::text).containsExactly(
                "Kazakhstan asked for help in January.", "The CSTO sent a contingent of 2,030 troops to Kazakhstan.",
                "Kazakhstan is a large country with many neighbours and a long history.");
        sentences.forEach(s -> assertThat(PARAGRAPHS.get(1).substring(s.start(), s.end())).isEqualTo(s.text()));
    }

    @Test
    void theRareWordsOfTheRightAnswerDecideBetweenSentencesThatShareCommonOnes() {
        List<PassageRanker.Ranked> ranked = ranker.rank("How many soldiers came to Kazakhstan?", "2030", 3);

        assertThat(ranked.get(0).sentence().text()).isEqualTo("The CSTO sent a contingent of 2,030 troops to Kazakhstan.");
        assertThat(ranked.get(0).sentence().paragraph()).isEqualTo(2);
        assertThat(ranked.get(0).matched()).containsExactlyInAnyOrder("2030", "kazakhstan");
    }

    @Test
    void aNumberWrittenWithANoBreakSpaceMatchesTheSameNumberTypedPlainly() {
        assertThat(ranker.rank("How long is the border?", "1782", 1).get(0).sentence().text())
                .startsWith("China shares a border of 1\u00A0782 kilometres");
    }

    @Test
    void atMostOneSentencePerParagraphAndAtMostTheLimit() {
        List<PassageRanker.Ranked> ranked = ranker.rank("Kazakhstan", "", 5);

        assertThat(ranked).extracting(r -> r.sentence().paragraph()).doesNotHaveDuplicates().containsExactly(2, 3);
        assertThat(ranker.rank("Kazakhstan", "", 1)).hasSize(1);
    }

    @Test
    void headingsAndFragmentsAreNeverProposed() {
        assertThat(ranker.rank("crisis", "", 3)).isEmpty(); // "Kazakhstan in crisis" is a heading of three words
    }

    @Test
    void aQuestionThatSharesNoWordWithTheReadingGetsNoProposal() {
        assertThat(ranker.rank("What is the capital of Mongolia?", "Ulaanbaatar", 3)).isEmpty();
        assertThat(ranker.rank("", "", 3)).isEmpty();
    }
}
