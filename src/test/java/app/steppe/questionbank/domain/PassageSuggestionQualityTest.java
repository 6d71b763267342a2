package app.steppe.questionbank.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.steppe.questionbank.domain.grounding.CitationCheck;
import app.steppe.questionbank.domain.grounding.CitationVerifier;
import app.steppe.questionbank.domain.grounding.PassageRanker;
import app.steppe.questionbank.domain.yaml.ParsedQuestionSet;
import app.steppe.questionbank.domain.yaml.QuestionSetYamlReader;
import app.steppe.questionbank.domain.yaml.YamlReadResult;

/**
 * How often the editor's proposals would have found the passage an instructor actually cited: every question of
 * the shipped set, its citations taken away, is ranked against the course reading, and the paragraph of its first
 * citation must come first for most of them and be among the three proposals for nearly all. The figures are printed for the closing note.
 */
class PassageSuggestionQualityTest {

    private static List<QuestionContent> questions;
    private static final PassageRanker RANKER = new PassageRanker(CourseReading.paragraphs());
    private static final CitationVerifier VERIFIER = new CitationVerifier(CourseReading.paragraphs());

    @BeforeAll
    static void readTheShippedSet() throws IOException {
        byte[] yaml = Files.readAllBytes(Path.of("questions/kazakhstan-2022.yaml"));
        var read = new QuestionSetYamlReader().read("kazakhstan-2022.yaml", yaml);
        assertThat(read).isInstanceOf(YamlReadResult.Accepted.class);
        ParsedQuestionSet parsed = ((YamlReadResult.Accepted<ParsedQuestionSet>) read).value();
        questions = parsed.set().questions();
    }

    @Test
    void theCitedParagraphIsFirstForMostShippedQuestionsAndAmongTheThreeProposalsForNearlyAll() {
        int first = 0;
        int topThree = 0;
        for (QuestionContent question : questions) {
            int cited = citedParagraph(question);
            List<Integer> proposed = RANKER.rank(QuestionWords.question(question), QuestionWords.rightAnswer(question),
                    PassageSuggestions.LIMIT).stream()
                    .map(r -> r.sentence().paragraph()).toList();
            first += !proposed.isEmpty() && proposed.get(0) == cited ? 1 : 0;
            topThree += proposed.contains(cited) ? 1 : 0;
        }
        System.out.printf("passage suggestions on %d shipped questions: cited paragraph first %d, in top 3 %d%n",
                questions.size(), first, topThree);
        assertThat(questions).hasSizeGreaterThan(50);
        assertThat(topThree).isGreaterThanOrEqualTo((int) Math.ceil(questions.size() * 0.95));
        assertThat(first).isGreaterThanOrEqualTo((int) Math.ceil(questions.size() * 0.85));
    }

    @Test
    void theInstructorsThreeFactsEachFindTheirSentenceFirst() {
        assertThat(best("How many troops did the CSTO send to Kazakhstan?", "2030"))
                .contains("2,030-strong contingent");
        assertThat(best("How long is the border that China shares with Kazakhstan, in kilometres?", "1782"))
                .contains("1,782-kilometer border");
        assertThat(best("Whose statement about the politics of imperial Russia did a Chinese analyst cite?",
                "Friedrich Engels")).contains("Engels");
    }

    private static String best(String prompt, String answer) {
        return RANKER.rank(prompt, answer, 1).get(0).sentence().text();
    }

    private static int citedParagraph(QuestionContent question) {
        CitationCheck check = VERIFIER.verify(question.citations().get(0).quote());
        return ((CitationCheck.Verified) check).paragraphNumber();
    }
}
