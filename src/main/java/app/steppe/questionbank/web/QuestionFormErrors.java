package app.steppe.questionbank.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import app.steppe.questionbank.domain.validation.Violation;

/**
 * Puts each violation next to the form field it is about. Violation paths use the keys of the question format
 * ({@code id}, {@code cite[0]}, {@code max_words}, {@code options[1]}); the form's names mostly follow them and
 * the few that differ are translated here. A path with no field of its own goes to the nearest enclosing one
 * ({@code tags[2]} to {@code tags}), and one with none at all (a stale edit) to the top of the form.
 */
final class QuestionFormErrors {

    /** Shown when a violation's own message key is missing from the bundles, so the page still renders. */
    static final String FALLBACK = "questionEditor.violation.fallback";

    private static final Pattern LAST_PART = Pattern.compile("(.*)(\\[\\d+]|\\.[A-Za-z_]+)$");
    private static final Pattern CITATION = Pattern.compile("cite\\[(\\d+)]");
    /** A quote not found in its reading; the arguments start with the closest passage and its paragraph. */
    private static final Set<String> NOT_FOUND = Set.of("citation.quote.notFound");

    private QuestionFormErrors() {
    }

    /** A quote that was not found, with the passage that comes closest and a link to its paragraph. */
    record CitationHint(String passage, Object paragraph, String href) {
    }

    static void reject(List<Violation> violations, BindingResult binding) {
        BeanWrapper form = new BeanWrapperImpl(binding.getTarget());
        for (Violation violation : violations) {
            String field = field(violation.path(), violation.messageKey(), form);
            if (field == null) {
                String[] codes = {violation.messageKey(), FALLBACK};
                binding.addError(new ObjectError(binding.getObjectName(), codes, violation.args(), null));
            } else {
                String[] codes = withFallback(binding.resolveMessageCodes(violation.messageKey(), field));
                binding.addError(new FieldError(binding.getObjectName(), field, binding.getRawFieldValue(field),
                        false, codes, violation.args(), null));
            }
        }
    }

    /** The form field a violation belongs to, or null for the top of the form. */
    static String field(String path, String messageKey, BeanWrapper form) {
        String field = translate(path.startsWith(".") ? path.substring(1) : path, messageKey);
        while (!field.isEmpty() && !form.isReadableProperty(field)) {
            Matcher last = LAST_PART.matcher(field);
            field = last.matches() ? last.group(1) : "";
        }
        return field.isEmpty() ? null : field;
    }

    private static String translate(String path, String messageKey) {
        String field = path
                .replaceFirst("^id$", "slug")
                .replaceFirst("^cite\\[(\\d+)]$", "citations[$1].quote")
                .replaceFirst("^cite\\b", "citations")
                .replaceFirst("^feedback_true$", "feedbackTrue")
                .replaceFirst("^feedback_false$", "feedbackFalse")
                .replaceFirst("^max_words$", "maxWords")
                .replaceFirst("^case_sensitive$", "caseSensitive")
                .replaceFirst("^shuffle$", "fixedOrder")
                .replaceFirst("^text$", "passage")
                .replaceFirst("^answer$", "trueFalse")
                .replaceFirst("^answer\\.", "numeric.")
                .replaceFirst("^options\\[(\\d+)]$", "options[$1].text")
                .replaceFirst("answers\\[(\\d+)]$", "answers[$1].text");
        if (field.matches("pairs\\[\\d+]")) {
            if (messageKey.endsWith("duplicateLeft")) {
                return field + ".left";
            }
            if (messageKey.endsWith("duplicateRight")) {
                return field + ".right";
            }
        }
        return field;
    }

    /** For each citation row whose quote was not found: the closest passage of the reading and a link to it. */
    static Map<Integer, CitationHint> citationHints(List<Violation> violations, QuestionForm form,
            String defaultReading) {
        Map<Integer, CitationHint> hints = new LinkedHashMap<>();
        for (Violation violation : violations) {
            Matcher citation = CITATION.matcher(violation.path().startsWith(".")
                    ? violation.path().substring(1) : violation.path());
            Object[] args = violation.args();
            if (!NOT_FOUND.contains(violation.messageKey()) || !citation.matches() || args.length < 2
                    || args[0] == null || args[0].toString().isBlank()) {
                continue;
            }
            int row = Integer.parseInt(citation.group(1));
            String reading = row < form.citations().size() && !form.citations().get(row).reading().isBlank()
                    ? form.citations().get(row).reading().strip() : defaultReading;
            hints.put(row, new CitationHint(args[0].toString(), args[1], "/readings/" + reading + "#p" + args[1]));
        }
        return hints;
    }

    private static String[] withFallback(String[] codes) {
        List<String> all = new ArrayList<>(List.of(codes));
        all.add(FALLBACK);
        return all.toArray(String[]::new);
    }
}
