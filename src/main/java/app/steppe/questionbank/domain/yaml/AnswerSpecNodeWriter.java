package app.steppe.questionbank.domain.yaml;

import static app.steppe.questionbank.domain.yaml.YamlNodes.flag;
import static app.steppe.questionbank.domain.yaml.YamlNodes.inlineTexts;
import static app.steppe.questionbank.domain.yaml.YamlNodes.list;
import static app.steppe.questionbank.domain.yaml.YamlNodes.number;
import static app.steppe.questionbank.domain.yaml.YamlNodes.text;
import static app.steppe.questionbank.domain.yaml.YamlNodes.texts;

import java.math.BigDecimal;
import java.util.List;

import org.yaml.snakeyaml.nodes.Node;

import app.steppe.questionbank.domain.AcceptedNumber;
import app.steppe.questionbank.domain.AcceptedText;
import app.steppe.questionbank.domain.AnswerSpec;
import app.steppe.questionbank.domain.Blank;
import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.Essay;
import app.steppe.questionbank.domain.FillBlanks;
import app.steppe.questionbank.domain.Matching;
import app.steppe.questionbank.domain.MultipleResponse;
import app.steppe.questionbank.domain.Numeric;
import app.steppe.questionbank.domain.Ordering;
import app.steppe.questionbank.domain.ShortText;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.TrueFalse;
import app.steppe.questionbank.domain.yaml.YamlNodes.Mapping;

/**
 * Writes the type-specific keys of a question. Defaults are written only where leaving them out reads back as the
 * same value ({@code correct: false}, {@code shuffle: true}, a credit of exactly 1), so write → read is lossless.
 */
final class AnswerSpecNodeWriter {

    private AnswerSpecNodeWriter() {
    }

    static void write(AnswerSpec spec, Mapping question) {
        if (spec instanceof SingleChoice singleChoice) {
            question.put("options", options(singleChoice.options()));
            if (!singleChoice.shuffle()) {
                question.put("shuffle", flag(false));
            }
        } else if (spec instanceof MultipleResponse multipleResponse) {
            question.put("options", options(multipleResponse.options()));
            question.put("scoring", text(multipleResponse.scoring().yamlName()));
        } else if (spec instanceof TrueFalse trueFalse) {
            question.put("answer", flag(trueFalse.answer()));
            question.putText("feedback_true", trueFalse.feedbackTrue());
            question.putText("feedback_false", trueFalse.feedbackFalse());
        } else if (spec instanceof Numeric numeric) {
            question.put("answer", acceptedNumber(numeric.answer(), false));
            if (!numeric.alsoAccepted().isEmpty()) {
                question.put("also", list(numeric.alsoAccepted().stream().map(also -> acceptedNumber(also, true)).toList()));
            }
            question.putText("unit", numeric.unit());
        } else if (spec instanceof ShortText shortText) {
            question.put("answers", acceptedTexts(shortText.answers()));
            if (shortText.caseSensitive()) {
                question.put("case_sensitive", flag(true));
            }
        } else if (spec instanceof Matching matching) {
            question.put("pairs", list(matching.pairs().stream()
                    .map(pair -> Mapping.inline().put("left", text(pair.left())).put("right", text(pair.right())).build())
                    .toList()));
            if (!matching.distractors().isEmpty()) {
                question.put("distractors", texts(matching.distractors()));
            }
        } else if (spec instanceof Ordering ordering) {
            question.put("items", texts(ordering.items()));
        } else if (spec instanceof FillBlanks fillBlanks) {
            question.put("text", text(fillBlanks.text()));
            question.put("blanks", list(fillBlanks.blanks().stream().map(AnswerSpecNodeWriter::blank).toList()));
        } else if (spec instanceof Essay essay) {
            question.put("rubric", text(essay.rubric()));
            question.put("max_words", number(essay.maxWords()));
        }
    }

    private static Node options(List<ChoiceOption> options) {
        return list(options.stream().map(option -> {
            Mapping written = Mapping.block().put("text", text(option.text()));
            if (option.correct()) {
                written.put("correct", flag(true));
            }
            return written.putText("feedback", option.feedback()).build();
        }).toList());
    }

    private static Node acceptedNumber(AcceptedNumber accepted, boolean withCredit) {
        Mapping written = Mapping.inline()
                .put("value", number(accepted.value()))
                .put("tolerance", ToleranceText.write(accepted.tolerance()));
        if (withCredit && !accepted.credit().equals(BigDecimal.ONE)) {
            written.put("credit", number(accepted.credit()));
        }
        return written.build();
    }

    private static Node acceptedTexts(List<AcceptedText> answers) {
        return list(answers.stream().map(answer -> answer.credit().equals(BigDecimal.ONE)
                ? text(answer.text())
                : Mapping.inline().put("text", text(answer.text())).put("credit", number(answer.credit())).build()).toList());
    }

    private static Node blank(Blank blank) {
        if (blank instanceof Blank.Choice choice) {
            return Mapping.inline().put("choices", inlineTexts(choice.choices())).put("answer", text(choice.answer())).build();
        }
        return Mapping.block().put("answers", acceptedTexts(((Blank.Typed) blank).answers())).build();
    }
}
