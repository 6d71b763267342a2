package app.steppe.questionbank.domain.yaml;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping being read at a path: typed access to its values, each problem (wrong kind of value, missing or
 * unknown or repeated key) reported with its line. Accessors return empty when a value is absent or unreadable;
 * the caller then skips what it cannot build and reading goes on, so one pass finds every problem.
 */
final class YamlMap {

    private final String path;
    private final Node node;
    private final Map<String, Node> values;
    private final ReadContext context;

    private YamlMap(String path, Node node, Map<String, Node> values, ReadContext context) {
        this.path = path;
        this.node = node;
        this.values = values;
        this.context = context;
    }

    static Optional<YamlMap> of(Node node, String path, ReadContext context) {
        context.remember(path, node);
        if (!(node instanceof MappingNode mapping) || !mapping.getTag().equals(Tag.MAP)) {
            context.problem(node, path, "yaml.expectedMapping");
            return Optional.empty();
        }
        Map<String, Node> values = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode key)) {
                context.problem(keyNode, path, "yaml.expectedText");
                continue;
            }
            if (values.containsKey(key.getValue())) {
                context.problem(keyNode, path, "yaml.duplicateKey", key.getValue());
                continue;
            }
            values.put(key.getValue(), tuple.getValueNode());
            context.remember(ReadContext.child(path, key.getValue()), tuple.getValueNode());
        }
        return Optional.of(new YamlMap(path, node, values, context));
    }

    String path() {
        return path;
    }

    String path(String key) {
        return ReadContext.child(path, key);
    }

    Node node() {
        return node;
    }

    /** Reports every key outside {@code allowed}: a misspelt optional key must not be silently ignored. */
    void allowOnly(Collection<String> allowed) {
        values.forEach((key, value) -> {
            if (!allowed.contains(key)) {
                context.problem(value, path(key), "yaml.unknownKey", key, String.join(", ", allowed));
            }
        });
    }

    boolean has(String key) {
        Node value = values.get(key);
        return value != null && !YamlScalars.isEmpty(value);
    }

    Optional<Node> node(String key) {
        return has(key) ? Optional.of(values.get(key)) : Optional.empty();
    }

    /** Reports the key as missing when it is absent or empty. */
    Optional<Node> required(String key) {
        if (!has(key)) {
            context.problem(values.getOrDefault(key, node), path(key), "yaml.missingKey", key);
            return Optional.empty();
        }
        return Optional.of(values.get(key));
    }

    Optional<String> text(String key) {
        return node(key).map(value -> YamlScalars.text(value, path(key), context));
    }

    Optional<String> requiredText(String key) {
        return required(key).map(value -> YamlScalars.text(value, path(key), context));
    }

    Optional<BigDecimal> decimal(String key) {
        return node(key).flatMap(value -> YamlScalars.decimal(value, path(key), context));
    }

    Optional<Boolean> flag(String key) {
        return node(key).flatMap(value -> YamlScalars.flag(value, path(key), context));
    }

    Optional<Integer> requiredInteger(String key) {
        return required(key).flatMap(value -> YamlScalars.integer(value, path(key), context));
    }

    /** Each item read by {@code readItem(node, itemPath)}; empty if the value is not a list or an item is unreadable. */
    <T> Optional<List<T>> list(String key, BiFunction<Node, String, Optional<T>> readItem) {
        return node(key).flatMap(value -> YamlLists.items(value, path(key), context, readItem));
    }

    <T> Optional<List<T>> requiredList(String key, BiFunction<Node, String, Optional<T>> readItem) {
        return required(key).flatMap(value -> YamlLists.items(value, path(key), context, readItem));
    }

    Optional<List<String>> textList(String key) {
        return node(key).flatMap(value -> YamlLists.texts(value, path(key), context));
    }

    Optional<List<String>> requiredTextList(String key) {
        return required(key).flatMap(value -> YamlLists.texts(value, path(key), context));
    }

    ReadContext context() {
        return context;
    }
}
