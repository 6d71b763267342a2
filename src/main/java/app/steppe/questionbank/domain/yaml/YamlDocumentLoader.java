package app.steppe.questionbank.domain.yaml;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.representer.Representer;

import app.steppe.questionbank.domain.validation.QuestionLimits;
import app.steppe.questionbank.domain.validation.Violation;

/**
 * Turns the bytes of a file into a YAML node tree, and nothing more: nodes are composed, never constructed into
 * objects, so no tag in a file can make the reader instantiate a class. The limits keep hostile files (an alias
 * "billion laughs", deep nesting, a huge file) from exhausting memory or stack.
 */
final class YamlDocumentLoader {

    static final int MAX_ALIASES_FOR_COLLECTIONS = 10;
    static final int MAX_NESTING_DEPTH = 20;
    /** SnakeYAML's refusal of a tag naming a Java class (its default TagInspector allows none). */
    private static final String GLOBAL_TAG_REFUSED = "Global tag is not allowed:";

    sealed interface Loaded {
    }

    record Document(Node root) implements Loaded {
    }

    record Unreadable(int line, Violation violation) implements Loaded {
    }

    private YamlDocumentLoader() {
    }

    static Loaded load(byte[] content) {
        if (content.length > QuestionLimits.MAX_FILE_BYTES) {
            return new Unreadable(0, new Violation("", "yaml.fileTooLarge", content.length, QuestionLimits.MAX_FILE_BYTES));
        }
        CharBuffer text = CharBuffer.allocate(content.length);
        ByteBuffer bytes = ByteBuffer.wrap(content);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(bytes, text, true);
        if (result.isError()) {
            int offset = bytes.position();
            return new Unreadable(lineAtByte(content, offset), new Violation("", "yaml.notUtf8", offset));
        }
        decoder.flush(text);
        String yaml = text.flip().toString();
        if (yaml.startsWith("\uFEFF")) {
            yaml = yaml.substring(1);
        }
        return compose(yaml);
    }

    private static Loaded compose(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false); // enforced again by YamlMap: composing alone does not check it
        options.setMaxAliasesForCollections(MAX_ALIASES_FOR_COLLECTIONS);
        options.setCodePointLimit(QuestionLimits.MAX_FILE_BYTES);
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
        options.setAllowRecursiveKeys(false);
        DumperOptions unused = new DumperOptions();
        Yaml parser = new Yaml(new SafeConstructor(options), new Representer(unused), unused, options);
        try {
            Node root = parser.compose(new StringReader(yaml));
            return root == null ? new Unreadable(0, new Violation("", "yaml.empty")) : new Document(root);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            int line = mark == null ? 0 : mark.getLine() + 1;
            if (problem != null && problem.startsWith(GLOBAL_TAG_REFUSED)) {
                return new Unreadable(line, new Violation("", "yaml.tagNotAllowed", problem.substring(GLOBAL_TAG_REFUSED.length()).strip()));
            }
            return new Unreadable(line, new Violation("", "yaml.syntax", problem));
        } catch (YAMLException e) {
            return new Unreadable(0, limitExceeded(String.valueOf(e.getMessage())));
        }
    }

    /** SnakeYAML reports its limits as unmarked exceptions told apart only by their message. */
    private static Violation limitExceeded(String message) {
        if (message.contains("aliases")) {
            return new Violation("", "yaml.tooManyAliases", MAX_ALIASES_FOR_COLLECTIONS);
        }
        if (message.contains("Nesting Depth")) {
            return new Violation("", "yaml.tooDeep", MAX_NESTING_DEPTH);
        }
        if (message.contains("code points")) {
            return new Violation("", "yaml.tooManyCharacters", QuestionLimits.MAX_FILE_BYTES);
        }
        return new Violation("", "yaml.syntax", message);
    }

    private static int lineAtByte(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
