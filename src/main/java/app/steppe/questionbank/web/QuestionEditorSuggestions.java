package app.steppe.questionbank.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import app.steppe.questionbank.domain.PassageSuggestions;
import app.steppe.questionbank.domain.PassageSuggestions.Suggestion;

/**
 * The editor's proposed passages for a question without a quote (imported from GIFT, Aiken or QTI, or being
 * written): shown by themselves while no citation has a quote, and on the "suggest passages" button at any time.
 * The "cite this passage" button ({@code useSuggestion:paragraph:start:end}) puts the passage into the first empty
 * citation, or a new one; nothing is saved, and the quote is verified like any other when the question is.
 */
@Component
class QuestionEditorSuggestions {

    static final String SUGGEST = "suggestPassages";
    private static final String USE = "useSuggestion:";

    private final PassageSuggestions suggestions;

    QuestionEditorSuggestions(PassageSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    /** The proposals to show, or null when the form needs none (it has a quote and the author did not ask). */
    List<Suggestion> forForm(QuestionForm form, String reading, String action) {
        boolean quoted = form.citations().stream().anyMatch(c -> !c.quote().isBlank());
        if (quoted && !SUGGEST.equals(action)) {
            return null;
        }
        return suggestions.suggest(QuestionFormMapper.toContent(form, reading).content(), reading);
    }

    /** The form with the chosen passage cited, or empty when {@code action} is not a "cite this passage" one. */
    Optional<QuestionForm> use(QuestionForm form, String action, String reading) {
        if (action == null || !action.startsWith(USE)) {
            return Optional.empty();
        }
        // a forged or mangled button value: the form comes back unchanged
        return Optional.of(suggestions.passage(reading, action.substring(USE.length()))
                .map(quote -> cite(form, quote)).orElse(form));
    }

    private static QuestionForm cite(QuestionForm form, String quote) {
        List<QuestionForm.CitationRow> rows = new ArrayList<>(form.citations());
        QuestionForm.CitationRow row = new QuestionForm.CitationRow("", quote); // empty reading: the set's
        int empty = indexOfEmpty(rows);
        if (empty >= 0) {
            rows.set(empty, row);
        } else {
            rows.add(row);
        }
        return form.withCitations(rows);
    }

    private static int indexOfEmpty(List<QuestionForm.CitationRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).quote().isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
