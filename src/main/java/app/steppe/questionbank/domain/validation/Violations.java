package app.steppe.questionbank.domain.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects violations; the helpers name the recurring checks so the validators read as the rules they enforce. */
final class Violations {

    private final List<Violation> found = new ArrayList<>();

    void add(String path, String messageKey, Object... args) {
        found.add(new Violation(path, messageKey, args));
    }

    void addAll(List<Violation> violations) {
        found.addAll(violations);
    }

    /** A text that must be present (not blank) and at most {@code max} characters long. */
    void requireText(String text, String path, String missingKey, String tooLongKey, int max) {
        if (text == null || text.isBlank()) {
            add(path, missingKey);
        } else {
            limitLength(text, path, tooLongKey, max);
        }
    }

    /** An optional text (null allowed) of at most {@code max} characters. */
    void limitLength(String text, String path, String tooLongKey, int max) {
        if (text != null && length(text) > max) {
            add(path, tooLongKey, length(text), max);
        }
    }

    void limitCount(int count, String path, String tooFewKey, int min, String tooManyKey, int max) {
        if (count < min) {
            add(path, tooFewKey, count, min);
        } else if (count > max) {
            add(path, tooManyKey, count, max);
        }
    }

    /** Reports each text that repeats an earlier one (ignoring surrounding whitespace) at {@code listPath[i]}. */
    void rejectDuplicates(List<String> texts, String listPath, String duplicateKey) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i).strip();
            if (!text.isEmpty() && !seen.add(text)) {
                add(listPath + "[" + i + "]", duplicateKey, text);
            }
        }
    }

    List<Violation> toList() {
        return List.copyOf(found);
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
