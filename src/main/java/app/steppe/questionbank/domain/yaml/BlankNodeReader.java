package app.steppe.questionbank.domain.yaml;

import java.util.List;
import java.util.Optional;

import org.yaml.snakeyaml.nodes.Node;

import app.steppe.questionbank.domain.Blank;
import app.steppe.questionbank.domain.FillBlanks;

/** A fill-in-the-blanks passage and its blanks: {@code { answers: [...] }} or {@code { choices: [...], answer: b }}. */
final class BlankNodeReader {

    private BlankNodeReader() {
    }

    static FillBlanks fillBlanks(YamlMap question) {
        String text = question.requiredText("text").orElse("");
        List<Blank> blanks = question.requiredList("blanks", (node, path) -> blank(node, path, question.context()))
                .orElse(List.of());
        return new FillBlanks(text, blanks);
    }

    private static Optional<Blank> blank(Node node, String path, ReadContext context) {
        return YamlMap.of(node, path, context).flatMap(blank -> {
            blank.allowOnly(List.of("answers", "choices", "answer"));
            boolean typed = blank.has("answers");
            boolean choice = blank.has("choices") || blank.has("answer");
            if (typed == choice) {
                context.problem(node, path, "yaml.blankKind");
                return Optional.empty();
            }
            if (typed) {
                return Optional.of(new Blank.Typed(AnswerSpecNodeReader.acceptedTexts(blank, "answers")));
            }
            Optional<List<String>> choices = blank.requiredTextList("choices");
            Optional<String> answer = blank.requiredText("answer");
            return choices.flatMap(c -> answer.map(a -> new Blank.Choice(c, a)));
        });
    }
}
