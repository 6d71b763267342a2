package app.steppe.questionbank.domain.yaml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Builds the node tree the writer emits. Styles are only requests: SnakeYAML's emitter falls back to quoting
 * whenever a plain or block scalar would not read back as the same string ("true", "2030", a leading "- ").
 */
final class YamlNodes {

    private YamlNodes() {
    }

    /** Multi-line text as a literal block ({@code |}), readable and diff-friendly; anything else plain. */
    static Node text(String value) {
        DumperOptions.ScalarStyle style = value.indexOf('\n') >= 0
                ? DumperOptions.ScalarStyle.LITERAL
                : DumperOptions.ScalarStyle.PLAIN;
        return new ScalarNode(Tag.STR, value, null, null, style);
    }

    static Node number(BigDecimal value) {
        String written = value.toPlainString();
        return new ScalarNode(written.contains(".") ? Tag.FLOAT : Tag.INT, written, null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    static Node number(int value) {
        return new ScalarNode(Tag.INT, Integer.toString(value), null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    static Node flag(boolean value) {
        return new ScalarNode(Tag.BOOL, Boolean.toString(value), null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    /** Short lists of words, such as tags, on one line: {@code [csto, figures]}. */
    static Node inlineTexts(List<String> values) {
        List<Node> items = new ArrayList<>();
        values.forEach(value -> items.add(new ScalarNode(Tag.STR, value, null, null, DumperOptions.ScalarStyle.PLAIN)));
        return new SequenceNode(Tag.SEQ, items, DumperOptions.FlowStyle.FLOW);
    }

    static Node texts(List<String> values) {
        return list(values.stream().map(YamlNodes::text).toList());
    }

    static Node list(List<Node> items) {
        return new SequenceNode(Tag.SEQ, items, DumperOptions.FlowStyle.BLOCK);
    }

    /** A mapping whose keys keep the order they are added in. */
    static final class Mapping {

        private final List<NodeTuple> entries = new ArrayList<>();
        private final DumperOptions.FlowStyle style;

        private Mapping(DumperOptions.FlowStyle style) {
            this.style = style;
        }

        static Mapping block() {
            return new Mapping(DumperOptions.FlowStyle.BLOCK);
        }

        static Mapping inline() {
            return new Mapping(DumperOptions.FlowStyle.FLOW);
        }

        Mapping put(String key, Node value) {
            entries.add(new NodeTuple(new ScalarNode(Tag.STR, key, null, null, DumperOptions.ScalarStyle.PLAIN), value));
            return this;
        }

        Mapping putText(String key, String value) {
            return value == null ? this : put(key, text(value));
        }

        Node build() {
            return new MappingNode(Tag.MAP, entries, style);
        }
    }
}
