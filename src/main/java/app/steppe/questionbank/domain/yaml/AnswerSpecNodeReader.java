package app.steppe.questionbank.domain.yaml;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import app.steppe.questionbank.domain.AcceptedNumber;
import app.steppe.questionbank.domain.AcceptedText;
import app.steppe.questionbank.domain.AnswerSpec;
import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.Essay;
import app.steppe.questionbank.domain.MatchPair;
import app.steppe.questionbank.domain.Matching;
import app.steppe.questionbank.domain.MultipleResponse;
import app.steppe.questionbank.domain.Numeric;
import app.steppe.questionbank.domain.Ordering;
import app.steppe.questionbank.domain.QuestionType;
import app.steppe.questionbank.domain.ShortText;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.Tolerance;
import app.steppe.questionbank.domain.TrueFalse;

/**
 * Reads the type-specific keys of a question (they sit beside the common keys). Values that break a rule but can
 * be represented (a single choice with two correct options) are read as written, for the validator to report.
 */
final class AnswerSpecNodeReader {

    /** The keys each type adds to the common ones, as in briefs/yaml-format.md. */
    static final Map<QuestionType, List<String>> KEYS = Map.of(
            QuestionType.SINGLE_CHOICE, List.of("options", "shuffle"),
            QuestionType.MULTIPLE_RESPONSE, List.of("options", "scoring"),
            QuestionType.TRUE_FALSE, List.of("answer", "feedback_true", "feedback_false"),
            QuestionType.NUMERIC, List.of("answer", "also", "unit"),
            QuestionType.SHORT_TEXT, List.of("answers", "case_sensitive"),
            QuestionType.MATCHING, List.of("pairs", "distractors"),
            QuestionType.ORDERING, List.of("items"),
            QuestionType.FILL_BLANKS, List.of("text", "blanks"),
            QuestionType.ESSAY, List.of("rubric", "max_words"));

    private static final Set<String> OPTION_KEYS = Set.of("text", "correct", "feedback");

    private AnswerSpecNodeReader() {
    }

    /** Empty when something needed could not be read; the problems are in the question's context. */
    static Optional<AnswerSpec> read(QuestionType type, YamlMap question) {
        int problemsBefore = question.context().problemCount();
        AnswerSpec spec = switch (type) {
            case SINGLE_CHOICE -> new SingleChoice(options(question), question.flag("shuffle").orElse(true));
            case MULTIPLE_RESPONSE -> new MultipleResponse(options(question), scoring(question));
            case TRUE_FALSE -> new TrueFalse(requiredFlag(question, "answer"),
                    question.text("feedback_true").orElse(null), question.text("feedback_false").orElse(null));
            case NUMERIC -> numeric(question);
            case SHORT_TEXT -> new ShortText(acceptedTexts(question, "answers"), question.flag("case_sensitive").orElse(false));
            case MATCHING -> new Matching(question.requiredList("pairs", (node, path) -> pair(node, path, question))
                    .orElse(List.of()), question.textList("distractors").orElse(List.of()));
            case ORDERING -> new Ordering(question.requiredTextList("items").orElse(List.of()));
            case FILL_BLANKS -> BlankNodeReader.fillBlanks(question);
            case ESSAY -> new Essay(question.requiredText("rubric").orElse(""), question.requiredInteger("max_words").orElse(0));
        };
        return question.context().problemCount() == problemsBefore ? Optional.of(spec) : Optional.empty();
    }

    private static List<ChoiceOption> options(YamlMap question) {
        return question.requiredList("options", (node, path) -> YamlMap.of(node, path, question.context()).map(option -> {
            option.allowOnly(OPTION_KEYS);
            return new ChoiceOption(option.requiredText("text").orElse(""), option.flag("correct").orElse(false),
                    option.text("feedback").orElse(null));
        })).orElse(List.of());
    }

    private static MultipleResponse.Scoring scoring(YamlMap question) {
        return question.text("scoring").map(name -> MultipleResponse.Scoring.fromYamlName(name).orElseGet(() -> {
            question.context().problem(question.node("scoring").orElseThrow(), question.path("scoring"), "yaml.unknownValue",
                    name, "right_minus_wrong, all_or_nothing");
            return MultipleResponse.Scoring.RIGHT_MINUS_WRONG;
        })).orElse(MultipleResponse.Scoring.RIGHT_MINUS_WRONG);
    }

    private static boolean requiredFlag(YamlMap map, String key) {
        return map.required(key).flatMap(node -> YamlScalars.flag(node, map.path(key), map.context())).orElse(false);
    }

    private static Numeric numeric(YamlMap question) {
        AcceptedNumber answer = question.required("answer")
                .flatMap(node -> acceptedNumber(node, question.path("answer"), question.context(), false))
                .orElse(AcceptedNumber.exactly(BigDecimal.ZERO));
        List<AcceptedNumber> also = question.list("also", (node, path) -> acceptedNumber(node, path, question.context(), true))
                .orElse(List.of());
        return new Numeric(answer, also, question.text("unit").orElse(null));
    }

    private static Optional<AcceptedNumber> acceptedNumber(Node node, String path, ReadContext context, boolean withCredit) {
        return YamlMap.of(node, path, context).flatMap(map -> {
            map.allowOnly(withCredit ? List.of("value", "tolerance", "credit") : List.of("value", "tolerance"));
            Optional<BigDecimal> value = map.required("value").flatMap(v -> YamlScalars.decimal(v, map.path("value"), context));
            Optional<Tolerance> tolerance = map.node("tolerance").flatMap(t -> ToleranceText.read(t, map.path("tolerance"), context));
            BigDecimal credit = withCredit ? map.decimal("credit").orElse(BigDecimal.ONE) : BigDecimal.ONE;
            return value.map(v -> new AcceptedNumber(v, tolerance.orElse(Tolerance.EXACT), credit));
        });
    }

    /** A list of answers, each a string (full credit) or {@code { text: ..., credit: 0.5 }}. */
    static List<AcceptedText> acceptedTexts(YamlMap map, String key) {
        ReadContext context = map.context();
        return map.requiredList(key, (node, path) -> {
            if (!(node instanceof MappingNode)) {
                return YamlScalars.itemText(node, path, context).map(AcceptedText::fullCredit);
            }
            return YamlMap.of(node, path, context).flatMap(answer -> {
                answer.allowOnly(List.of("text", "credit"));
                return answer.requiredText("text")
                        .map(text -> new AcceptedText(text, answer.decimal("credit").orElse(BigDecimal.ONE)));
            });
        }).orElse(List.of());
    }

    private static Optional<MatchPair> pair(Node node, String path, YamlMap question) {
        return YamlMap.of(node, path, question.context()).flatMap(pair -> {
            pair.allowOnly(List.of("left", "right"));
            Optional<String> left = pair.requiredText("left");
            Optional<String> right = pair.requiredText("right");
            return left.flatMap(l -> right.map(r -> new MatchPair(l, r)));
        });
    }
}
