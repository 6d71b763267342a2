package app.steppe.questionbank.domain.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.Node;

import app.steppe.questionbank.domain.validation.Violation;

/**
 * What a read of one file has learnt so far: the line of every path it has seen (so violations found later on the
 * model can be placed in the file) and the problems met while reading.
 */
final class ReadContext {

    record LocatedViolation(int line, Violation violation) {
    }

    private final Map<String, Integer> lineOfPath = new HashMap<>();
    private final List<LocatedViolation> problems = new ArrayList<>();

    void remember(String path, Node node) {
        lineOfPath.putIfAbsent(path, lineOf(node));
    }

    void problem(Node node, String path, String messageKey, Object... args) {
        problems.add(new LocatedViolation(lineOf(node), new Violation(path, messageKey, args)));
    }

    /** A problem found after reading, placed at the line of its path. */
    void problemAt(String path, String messageKey, Object... args) {
        problems.add(new LocatedViolation(lineOf(path), new Violation(path, messageKey, args)));
    }

    int problemCount() {
        return problems.size();
    }

    List<LocatedViolation> problems() {
        return List.copyOf(problems);
    }

    /** The line of the path, or of its nearest remembered parent; 0 if none is known. */
    int lineOf(String path) {
        String candidate = path;
        while (!candidate.isEmpty()) {
            Integer line = lineOfPath.get(candidate);
            if (line != null) {
                return line;
            }
            int cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
            candidate = cut < 0 ? "" : candidate.substring(0, cut);
        }
        return 0;
    }

    static int lineOf(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String item(String path, int index) {
        return path + "[" + index + "]";
    }
}
