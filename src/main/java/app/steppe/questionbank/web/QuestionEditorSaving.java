package app.steppe.questionbank.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import app.steppe.questionbank.domain.Citation;
import app.steppe.questionbank.domain.Grounding;
import app.steppe.questionbank.domain.Outcome;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.validation.QuestionValidator;
import app.steppe.questionbank.domain.validation.Violation;

/**
 * Hands a mapped form to a question bank command, unless the form could not be read: then the command is not run
 * (stand-in values must never be saved), and the problems come back together with the question's other rule
 * violations and its quotes checked against the readings, so the author sees everything in one pass.
 */
@Component
class QuestionEditorSaving {

    private final Grounding grounding;
    private final QuestionValidator validator = new QuestionValidator();

    QuestionEditorSaving(Grounding grounding) {
        this.grounding = grounding;
    }

    /** The violations; empty when the command saved the question. */
    List<Violation> save(QuestionFormMapper.Mapped mapped, Function<QuestionContent, Outcome<Long>> command) {
        QuestionContent content = mapped.content();
        // an empty quote cannot be looked up in a reading (the rules refuse it anyway): say so without the lookup
        boolean emptyQuote = content.citations().stream().map(Citation::quote).anyMatch(QuestionEditorSaving::isEmpty);
        if (mapped.problems().isEmpty() && !emptyQuote) {
            return command.apply(content).violations();
        }
        Set<String> unreadable = mapped.problems().stream().map(v -> plain(v.path())).collect(Collectors.toSet());
        List<Violation> all = new ArrayList<>(mapped.problems());
        validator.validate(content, "").stream()
                .filter(v -> !unreadable.contains(plain(v.path())))
                .forEach(all::add);
        all.addAll(groundEachQuote(content));
        return all;
    }

    /** The quotes that are not empty, looked up one by one, with the paths of their rows. */
    private List<Violation> groundEachQuote(QuestionContent content) {
        Grounding.Check check = grounding.check();
        List<Violation> found = new ArrayList<>();
        for (int i = 0; i < content.citations().size(); i++) {
            Citation citation = content.citations().get(i);
            if (isEmpty(citation.quote())) {
                continue;
            }
            QuestionContent alone = new QuestionContent(content.slug(), content.prompt(), content.points(),
                    content.tags(), content.explanation(), List.of(citation), content.answer());
            for (Violation violation : check.ground(alone, "").violations()) {
                String path = plain(violation.path()).replaceFirst("^cite\\[0]", "cite[" + i + "]");
                found.add(new Violation(path, violation.messageKey(), violation.args()));
            }
        }
        return found;
    }

    /** Empty once every kind of space is left out (a lone no-break space included). */
    private static boolean isEmpty(String quote) {
        return quote.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private static String plain(String path) {
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
