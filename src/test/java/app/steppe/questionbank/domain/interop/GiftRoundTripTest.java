package app.steppe.questionbank.domain.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.steppe.questionbank.domain.FillBlanks;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.QuestionSetContent;
import app.steppe.questionbank.domain.yaml.ParsedQuestionSet;
import app.steppe.questionbank.domain.yaml.QuestionSetYamlReader;
import app.steppe.questionbank.domain.yaml.YamlReadResult;

/** Steppe → GIFT → Steppe keeps every question, and GIFT → Steppe → GIFT → Steppe changes nothing more. */
class GiftRoundTripTest {

    @Test
    void everyStepppeTypeComesBackFromGiftUnchangedExceptABlankPassage() throws IOException {
        QuestionSetContent set = everyType();
        String gift = new SteppeToGift().write(set);
        ImportPlan plan = new GiftImportPlanner().plan(gift.getBytes(StandardCharsets.UTF_8), set.readingSlug());

        assertThat(plan.rejectedCount()).isZero();
        // GIFT trims every part, as Moodle does: a YAML block's final line break is all that may change
        List<QuestionContent> expected = set.questions().stream().filter(q -> !(q.answer() instanceof FillBlanks))
                .map(q -> new QuestionContent(q.slug(), q.prompt().strip(), q.points(), q.tags(),
                        q.explanation() == null ? null : q.explanation().strip(), q.citations(), absolute(q.answer())))
                .toList();
        List<QuestionContent> back = plan.questions().stream()
                .filter(q -> set.questions().stream().noneMatch(o -> o.slug().equals(q.slug()) && o.answer() instanceof FillBlanks))
                .toList();
        assertThat(back).containsExactlyElementsOf(expected);
        assertThat(plan.description()).isEqualTo(set.description().strip());
    }

    @Test
    void aFillBlanksPassageWithOneGapBecomesAMissingWordQuestionWithTheSameAnswers() {
        String gift = new SteppeToGift().write(new QuestionSetContent("s", "S", null, "r", List.of(), List.of(
                new QuestionContent("gap", "Complete the sentence.", java.math.BigDecimal.ONE, List.of(), null, List.of(),
                        new FillBlanks("The crisis began in [[1]] 2022.", List.of(new app.steppe.questionbank.domain.Blank.Typed(
                                List.of(app.steppe.questionbank.domain.AcceptedText.fullCredit("January")))))))));

        ImportPlan plan = new GiftImportPlanner().plan(gift.getBytes(StandardCharsets.UTF_8), "r");

        QuestionContent back = plan.questions().get(0);
        assertThat(back.prompt()).contains("The crisis began in").contains("2022.");
        assertThat(back.answer()).isEqualTo(new app.steppe.questionbank.domain.ShortText(
                List.of(app.steppe.questionbank.domain.AcceptedText.fullCredit("January")), false));
    }

    @Test
    void moodlesOwnFilesSurviveASecondRoundTripUnchanged() throws IOException {
        for (String file : List.of("questions.gift.txt", "questions_in_category.gift.txt", "examples.txt")) {
            ImportPlan first = new GiftImportPlanner().plan(fixture(file), "r");
            QuestionSetContent steppe = new QuestionSetContent("s", "S", first.description(), "r", List.of(),
                    first.questions());
            ImportPlan second = new GiftImportPlanner().plan(
                    new SteppeToGift().write(steppe).getBytes(StandardCharsets.UTF_8), "r");

            assertThat(second.questions()).as(file).containsExactlyElementsOf(first.questions());
        }
    }

    /** GIFT has only absolute tolerances: 2 % of 2000 comes back as ±40, which accepts the same numbers. */
    private static app.steppe.questionbank.domain.AnswerSpec absolute(app.steppe.questionbank.domain.AnswerSpec spec) {
        if (!(spec instanceof app.steppe.questionbank.domain.Numeric numeric)) {
            return spec;
        }
        java.util.function.UnaryOperator<app.steppe.questionbank.domain.AcceptedNumber> abs = n ->
                n.tolerance() instanceof app.steppe.questionbank.domain.Tolerance.Percent p
                        ? new app.steppe.questionbank.domain.AcceptedNumber(n.value(),
                                new app.steppe.questionbank.domain.Tolerance.Absolute(new java.math.BigDecimal(n.value().abs()
                                        .multiply(p.percent()).divide(java.math.BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString())),
                                n.credit())
                        : n;
        return new app.steppe.questionbank.domain.Numeric(abs.apply(numeric.answer()),
                numeric.alsoAccepted().stream().map(abs).toList(), numeric.unit());
    }

    static byte[] fixture(String file) throws IOException {
        try (InputStream in = GiftRoundTripTest.class.getResourceAsStream("/peer-fixtures/gift/moodle/" + file)) {
            return in.readAllBytes();
        }
    }

    private static QuestionSetContent everyType() throws IOException {
        try (InputStream in = GiftRoundTripTest.class.getResourceAsStream("/questionbank/every-type.yaml")) {
            YamlReadResult<ParsedQuestionSet> read = new QuestionSetYamlReader().read("every-type.yaml", in.readAllBytes());
            return ((YamlReadResult.Accepted<ParsedQuestionSet>) read).value().set();
        }
    }
}
