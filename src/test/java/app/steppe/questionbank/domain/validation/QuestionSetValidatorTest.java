package app.steppe.questionbank.domain.validation;

import static app.steppe.questionbank.domain.SampleQuestions.aSetWithEveryTypeAndEveryOptionalField;
import static app.steppe.questionbank.domain.SampleQuestions.aShortText;
import static app.steppe.questionbank.domain.SampleQuestions.question;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.QuestionSetContent;

class QuestionSetValidatorTest {

    private final QuestionSetValidator validator = new QuestionSetValidator();
    private final QuestionSetContent valid = aSetWithEveryTypeAndEveryOptionalField();

    @Test
    void acceptsASetWithEveryTypeOfQuestion() {
        assertThat(validator.validate(valid)).isEmpty();
    }

    @Test
    void reportsEveryProblemOfASetNotJustTheFirst() {
        QuestionSetContent broken = new QuestionSetContent("Kazakhstan 2022", " ", null, "no_such reading",
                List.of(""), List.of(question("Bad Id", aShortText()), question("ok-id", aShortText()), question("ok-id", aShortText())));

        assertThat(validator.validate(broken)).containsExactlyInAnyOrder(
                new Violation("set", "set.slug.invalid", "Kazakhstan 2022"),
                new Violation("title", "set.title.missing"),
                new Violation("reading", "set.reading.invalid", "no_such reading"),
                new Violation("tags[0]", "tag.invalid", "", 50),
                new Violation("questions[0].id", "question.id.invalid", "Bad Id"),
                new Violation("questions[2].id", "question.id.duplicate", "ok-id", 2));
    }

    @Test
    void refusesASetWithoutQuestions() {
        assertThat(validator.validate(withQuestions(List.of())))
                .containsExactly(new Violation("questions", "set.questions.none"));
    }

    @Test
    void refusesMoreThanFiveHundredQuestions() {
        List<QuestionContent> questions = new ArrayList<>();
        for (int i = 0; i <= 500; i++) {
            questions.add(question("q" + i, aShortText()));
        }

        assertThat(validator.validate(withQuestions(questions)))
                .containsExactly(new Violation("questions", "set.questions.tooMany", 501, 500));
        assertThat(validator.validate(withQuestions(questions.subList(0, 500)))).isEmpty();
    }

    @Test
    void limitsTitleAndDescriptionLength() {
        QuestionSetContent wordy = new QuestionSetContent("a-set", "t".repeat(201), "d".repeat(10_001), "a-reading",
                List.of("x".repeat(51)), valid.questions());

        assertThat(validator.validate(wordy)).containsExactlyInAnyOrder(
                new Violation("title", "set.title.tooLong", 201, 200),
                new Violation("description", "set.description.tooLong", 10_001, 10_000),
                new Violation("tags[0]", "tag.invalid", "x".repeat(51), 50));
    }

    @Test
    void checksQuestionsItCouldReadEvenWhenOthersAreMissing() {
        var byPosition = new java.util.TreeMap<Integer, QuestionContent>();
        byPosition.put(0, question("same", aShortText()));
        byPosition.put(4, question("same", aShortText()));
        byPosition.put(7, new QuestionContent("q7", "", BigDecimal.ONE, List.of(), null, Collections.emptyList(), aShortText()));

        assertThat(validator.validateQuestions(byPosition)).containsExactlyInAnyOrder(
                new Violation("questions[4].id", "question.id.duplicate", "same", 1),
                new Violation("questions[7].prompt", "question.prompt.missing"),
                new Violation("questions[7].cite", "question.cite.missing"));
    }

    @Test
    void acceptsSlugsOfLowerCaseLettersDigitsAndInnerHyphensOnly() {
        assertThat(Slugs.isValid("csto-contingent-size-2")).isTrue();
        assertThat(Slugs.isValid("a")).isTrue();
        assertThat(Slugs.isValid("-leading")).isFalse();
        assertThat(Slugs.isValid("trailing-")).isFalse();
        assertThat(Slugs.isValid("double--hyphen")).isFalse();
        assertThat(Slugs.isValid("Upper")).isFalse();
        assertThat(Slugs.isValid("under_score")).isFalse();
        assertThat(Slugs.isValid("")).isFalse();
        assertThat(Slugs.isValid(null)).isFalse();
        assertThat(Slugs.isValid("a".repeat(101))).isFalse();
    }

    private QuestionSetContent withQuestions(List<QuestionContent> questions) {
        return new QuestionSetContent(valid.slug(), valid.title(), valid.description(), valid.readingSlug(), valid.tags(), questions);
    }
}
