package app.steppe.questionbank.domain.yaml;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads scalars from their source text rather than from SnakeYAML's resolved values: "2030" stays exact (no double),
 * an option "no" stays the word "no", and nothing outside plain YAML types is accepted.
 */
final class YamlScalars {

    /** The implicit types of YAML 1.1; a file asking for any other tag (!foo, !!binary) is refused. */
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP);
    private static final Set<String> TRUE = Set.of("true", "yes", "on");
    private static final Set<String> FALSE = Set.of("false", "no", "off");

    private YamlScalars() {
    }

    /** Null for an empty value ({@code key:}, {@code ~}, {@code null}), which a reader treats as absent. */
    static String text(Node node, String path, ReadContext context) {
        if (!(node instanceof ScalarNode scalar)) {
            context.problem(node, path, "yaml.expectedText");
            return null;
        }
        if (!PLAIN_TAGS.contains(scalar.getTag())) {
            context.problem(node, path, "yaml.tagNotAllowed", scalar.getTag().getValue());
            return null;
        }
        return scalar.getTag().equals(Tag.NULL) ? null : scalar.getValue();
    }

    /** The text of a list item, which may not be empty (an empty item is reported). */
    static Optional<String> itemText(Node node, String path, ReadContext context) {
        if (isEmpty(node)) {
            context.problem(node, path, "yaml.emptyItem");
            return Optional.empty();
        }
        return Optional.ofNullable(text(node, path, context));
    }

    static boolean isEmpty(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    static Optional<BigDecimal> decimal(Node node, String path, ReadContext context) {
        String text = text(node, path, context);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text.strip().replace("_", "")));
        } catch (NumberFormatException e) {
            context.problem(node, path, "yaml.expectedNumber", text);
            return Optional.empty();
        }
    }

    static Optional<Integer> integer(Node node, String path, ReadContext context) {
        int problemsBefore = context.problemCount();
        Optional<BigDecimal> number = decimal(node, path, context);
        try {
            return number.map(BigDecimal::intValueExact);
        } catch (ArithmeticException e) {
            if (context.problemCount() == problemsBefore) {
                context.problem(node, path, "yaml.expectedInteger", number.get().toPlainString());
            }
            return Optional.empty();
        }
    }

    static Optional<Boolean> flag(Node node, String path, ReadContext context) {
        String text = text(node, path, context);
        if (text == null) {
            return Optional.empty();
        }
        String word = text.strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(word)) {
            return Optional.of(true);
        }
        if (FALSE.contains(word)) {
            return Optional.of(false);
        }
        context.problem(node, path, "yaml.expectedBoolean", text);
        return Optional.empty();
    }
}
