package app.steppe.questionbank.domain.yaml;

import static app.steppe.questionbank.domain.yaml.YamlNodes.inlineTexts;
import static app.steppe.questionbank.domain.yaml.YamlNodes.list;
import static app.steppe.questionbank.domain.yaml.YamlNodes.number;
import static app.steppe.questionbank.domain.yaml.YamlNodes.text;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;

import app.steppe.questionbank.domain.Citation;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.QuestionSetContent;
import app.steppe.questionbank.domain.yaml.YamlNodes.Mapping;

/**
 * Writes a question set in the format {@link QuestionSetYamlReader} reads, laid out as an author would write it:
 * block style, multi-line Markdown as literal blocks, quotes from the set's reading as plain strings. Reading the
 * output back gives an equal model.
 */
public final class QuestionSetYamlWriter {

    public String write(QuestionSetContent set) {
        Mapping root = Mapping.block()
                .put("set", text(set.slug()))
                .put("title", text(set.title()))
                .putText("description", set.description())
                .put("reading", text(set.readingSlug()));
        if (!set.tags().isEmpty()) {
            root.put("tags", inlineTexts(set.tags()));
        }
        root.put("questions", list(set.questions().stream().map(question -> question(question, set.readingSlug())).toList()));
        StringWriter out = new StringWriter();
        new Yaml(dumperOptions()).serialize(root.build(), out);
        return out.toString();
    }

    public byte[] writeUtf8(QuestionSetContent set) {
        return write(set).getBytes(StandardCharsets.UTF_8);
    }

    private static Node question(QuestionContent question, String setReading) {
        Mapping written = Mapping.block()
                .put("id", text(question.slug()))
                .put("type", text(question.type().yamlName()))
                .put("points", number(question.points()));
        if (!question.tags().isEmpty()) {
            written.put("tags", inlineTexts(question.tags()));
        }
        written.put("prompt", text(question.prompt()))
                .put("cite", list(question.citations().stream().map(citation -> citation(citation, setReading)).toList()))
                .putText("explanation", question.explanation());
        AnswerSpecNodeWriter.write(question.answer(), written);
        return written.build();
    }

    private static Node citation(Citation citation, String setReading) {
        if (citation.readingSlug().equals(setReading)) {
            return text(citation.quote());
        }
        return Mapping.inline().put("reading", text(citation.readingSlug())).put("quote", text(citation.quote())).build();
    }

    private static DumperOptions dumperOptions() {
        DumperOptions options = new DumperOptions();
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setAllowUnicode(true);
        options.setSplitLines(false); // a quote stays on one line, easy to find in the reading
        options.setWidth(Integer.MAX_VALUE);
        return options;
    }
}
