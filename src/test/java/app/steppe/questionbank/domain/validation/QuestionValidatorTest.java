package app.steppe.questionbank.domain.validation;

import static app.steppe.questionbank.domain.SampleQuestions.READING;
import static app.steppe.questionbank.domain.SampleQuestions.aShortText;
import static app.steppe.questionbank.domain.SampleQuestions.question;
import static app.steppe.questionbank.domain.SampleQuestions.quote;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import app.steppe.questionbank.domain.Citation;
import app.steppe.questionbank.domain.QuestionContent;

class QuestionValidatorTest {

    private final QuestionValidator validator = new QuestionValidator();

    @Test
    void acceptsAPlainValidQuestion() {
        assertThat(validator.validate(question("a-question", aShortText()), "questions[0]")).isEmpty();
    }

    @Test
    void requiresAPromptOfAtMostFiveThousandCharacters() {
        assertThat(validator.validate(withPrompt(" \n "), "questions[3]"))
                .containsExactly(new Violation("questions[3].prompt", "question.prompt.missing"));
        assertThat(validator.validate(withPrompt("p".repeat(5_001)), "questions[3]"))
                .containsExactly(new Violation("questions[3].prompt", "question.prompt.tooLong", 5_001, 5_000));
        assertThat(validator.validate(withPrompt("p".repeat(5_000)), "questions[3]")).isEmpty();
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String fiveThousandEmoji = "\uD83C\uDDF0".repeat(5_000); // each a surrogate pair
        assertThat(validator.validate(withPrompt(fiveThousandEmoji), "q")).isEmpty();
    }

    @ParameterizedTest(name = "{0} points are refused")
    @ValueSource(strings = {"0", "-1", "100.01", "1000"})
    void refusesPointsOutsideZeroToAHundred(String points) {
        QuestionContent question = withPoints(new BigDecimal(points));

        assertThat(validator.validate(question, "questions[0]")).containsExactly(
                new Violation("questions[0].points", "question.points.outOfRange", points, QuestionLimits.MAX_POINTS));
    }

    @ParameterizedTest(name = "{0} points are accepted")
    @ValueSource(strings = {"0.5", "1", "100"})
    void acceptsPointsAboveZeroUpToAHundred(String points) {
        assertThat(validator.validate(withPoints(new BigDecimal(points)), "questions[0]")).isEmpty();
    }

    @Test
    void limitsTheExplanationToTenThousandCharacters() {
        QuestionContent question = new QuestionContent("q", "Prompt", BigDecimal.ONE, List.of(), "e".repeat(10_001),
                List.of(quote("a long enough quote")), aShortText());

        assertThat(validator.validate(question, "q"))
                .containsExactly(new Violation("q.explanation", "question.explanation.tooLong", 10_001, 10_000));
    }

    @Test
    void requiresAtLeastOneCitation() {
        assertThat(validator.validate(withCitations(List.of()), "q"))
                .containsExactly(new Violation("q.cite", "question.cite.missing"));
    }

    @Test
    void requiresQuotesOfTenToAThousandCharacters() {
        List<Citation> citations = List.of(quote("too short"), quote("  exactly 10  "), quote("q".repeat(1_001)),
                quote(""), new Citation("Not A Slug", "a long enough quote"));

        assertThat(validator.validate(withCitations(citations), "q")).containsExactly(
                new Violation("q.cite[0]", "citation.quote.tooShort", 9, 10),
                new Violation("q.cite[2]", "citation.quote.tooLong", 1_001, 1_000),
                new Violation("q.cite[3]", "citation.quote.tooShort", 0, 10),
                new Violation("q.cite[4]", "citation.reading.invalid", "Not A Slug"));
    }

    @Test
    void refusesBlankOrOverlongTags() {
        QuestionContent question = new QuestionContent("q", "Prompt", BigDecimal.ONE, List.of("ok", " "), null,
                List.of(new Citation(READING, "a long enough quote")), aShortText());

        assertThat(validator.validate(question, "q")).containsExactly(new Violation("q.tags[1]", "tag.invalid", " ", 50));
    }

    private static QuestionContent withPrompt(String prompt) {
        QuestionContent q = question("q", aShortText());
        return new QuestionContent(q.slug(), prompt, q.points(), q.tags(), q.explanation(), q.citations(), q.answer());
    }

    private static QuestionContent withPoints(BigDecimal points) {
        QuestionContent q = question("q", aShortText());
        return new QuestionContent(q.slug(), q.prompt(), points, q.tags(), q.explanation(), q.citations(), q.answer());
    }

    private static QuestionContent withCitations(List<Citation> citations) {
        QuestionContent q = question("q", aShortText());
        return new QuestionContent(q.slug(), q.prompt(), q.points(), q.tags(), q.explanation(), citations, q.answer());
    }
}
