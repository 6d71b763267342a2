package app.steppe.questionbank.domain.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads YAML sequences item by item, remembering each item's line under {@code path[i]}. */
final class YamlLists {

    private YamlLists() {
    }

    /** Empty when the value is not a list or any item could not be read (each such problem is reported). */
    static <T> Optional<List<T>> items(Node value, String path, ReadContext context,
            BiFunction<Node, String, Optional<T>> readItem) {
        if (!(value instanceof SequenceNode sequence) || !sequence.getTag().equals(Tag.SEQ)) {
            context.problem(value, path, "yaml.expectedList");
            return Optional.empty();
        }
        List<T> items = new ArrayList<>();
        boolean complete = true;
        List<Node> nodes = sequence.getValue();
        for (int i = 0; i < nodes.size(); i++) {
            String itemPath = ReadContext.item(path, i);
            context.remember(itemPath, nodes.get(i));
            Optional<T> item = readItem.apply(nodes.get(i), itemPath);
            item.ifPresent(items::add);
            complete &= item.isPresent();
        }
        return complete ? Optional.of(items) : Optional.empty();
    }

    static Optional<List<String>> texts(Node value, String path, ReadContext context) {
        return items(value, path, context, (item, itemPath) -> YamlScalars.itemText(item, itemPath, context));
    }
}
