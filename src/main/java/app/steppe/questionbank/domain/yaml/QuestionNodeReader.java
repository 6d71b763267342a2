package app.steppe.questionbank.domain.yaml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import app.steppe.questionbank.domain.AnswerSpec;
import app.steppe.questionbank.domain.Citation;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.QuestionType;

/** Reads one question: the keys every question has, then its type's own keys. */
final class QuestionNodeReader {

    static final List<String> COMMON_KEYS = List.of("id", "type", "points", "tags", "prompt", "cite", "explanation");

    /** What was learnt about one question, even when it could not be built: its id places later messages. */
    record ReadQuestion(String id, int line, Optional<QuestionContent> question, List<LocatedCitation> citations) {
    }

    private final String setReading;

    QuestionNodeReader(String setReading) {
        this.setReading = setReading;
    }

    ReadQuestion read(Node node, String path, ReadContext context) {
        int problemsBefore = context.problemCount();
        Optional<YamlMap> read = YamlMap.of(node, path, context);
        if (read.isEmpty()) {
            return new ReadQuestion(null, ReadContext.lineOf(node), Optional.empty(), List.of());
        }
        YamlMap question = read.get();
        String id = question.requiredText("id").orElse(null);
        Optional<QuestionType> type = question.requiredText("type").flatMap(name -> typeNamed(name, question));
        // without a known type any key might be right, so then only the type is reported
        type.ifPresent(t -> question.allowOnly(keysOf(t)));
        List<Citation> citations = question.requiredList("cite", (item, itemPath) -> citation(item, itemPath, context))
                .orElse(List.of());
        List<LocatedCitation> located = locate(id, question.path("cite"), citations, context);
        String prompt = question.requiredText("prompt").orElse("");
        BigDecimal points = question.decimal("points").orElse(QuestionContent.DEFAULT_POINTS);
        List<String> tags = question.textList("tags").orElse(List.of());
        String explanation = question.text("explanation").orElse(null);
        Optional<AnswerSpec> answer = type.flatMap(t -> AnswerSpecNodeReader.read(t, question));
        boolean complete = context.problemCount() == problemsBefore && id != null && answer.isPresent();
        Optional<QuestionContent> content = complete
                ? Optional.of(new QuestionContent(id, prompt, points, tags, explanation, citations, answer.get()))
                : Optional.empty();
        return new ReadQuestion(id, ReadContext.lineOf(node), content, located);
    }

    private static List<String> keysOf(QuestionType type) {
        List<String> keys = new ArrayList<>(COMMON_KEYS);
        keys.addAll(AnswerSpecNodeReader.KEYS.get(type));
        return keys;
    }

    private static Optional<QuestionType> typeNamed(String name, YamlMap question) {
        Optional<QuestionType> type = QuestionType.fromYamlName(name);
        if (type.isEmpty()) {
            question.context().problem(question.node("type").orElseThrow(), question.path("type"), "question.type.unknown",
                    name, Arrays.stream(QuestionType.values()).map(QuestionType::yamlName).collect(Collectors.joining(", ")));
        }
        return type;
    }

    /** A plain string quotes the set's reading; {@code { reading: slug, quote: ... }} quotes another one. */
    private Optional<Citation> citation(Node node, String path, ReadContext context) {
        if (!(node instanceof MappingNode)) {
            return YamlScalars.itemText(node, path, context).map(quote -> new Citation(setReading, quote));
        }
        return YamlMap.of(node, path, context).flatMap(citation -> {
            citation.allowOnly(List.of("reading", "quote"));
            Optional<String> reading = citation.requiredText("reading");
            Optional<String> quote = citation.requiredText("quote");
            return reading.flatMap(r -> quote.map(q -> new Citation(r, q)));
        });
    }

    private static List<LocatedCitation> locate(String id, String citePath, List<Citation> citations, ReadContext context) {
        List<LocatedCitation> located = new ArrayList<>();
        for (int i = 0; i < citations.size(); i++) {
            String path = ReadContext.item(citePath, i);
            located.add(new LocatedCitation(id == null ? "" : id, path, context.lineOf(path), citations.get(i)));
        }
        return located;
    }
}
