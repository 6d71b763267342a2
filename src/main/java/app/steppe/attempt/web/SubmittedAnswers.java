package app.steppe.attempt.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import app.steppe.grading.scoring.AnswerForm;
import app.steppe.attempt.domain.Attempts.QuestionSlot;
import app.steppe.attempt.domain.Attempts.TakingView;

/**
 * Reads answers out of a request: one question's fields (the autosave) or every question the page showed (the form
 * sent without JavaScript). A question's fields are named {@code q<versionId>} or {@code q<versionId>[i]}; the page
 * form also carries {@code seq-<versionId>}, the sequence the page was shown with plus one, so a stale page's answers
 * are ignored by the server rather than overwriting newer ones. Malformed input is a 400, never a 500.
 */
final class SubmittedAnswers {

    /** One changed answer of the page form, with the sequence to save it under. */
    record Changed(long versionId, AnswerForm form, long sequence) {
    }

    private SubmittedAnswers() {
    }

    static String fieldName(long versionId) {
        return "q" + versionId;
    }

    static AnswerForm of(long versionId, Map<String, String[]> parameters) {
        try {
            return AnswerForm.fromParameters(fieldName(versionId), parameters);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    /** A question version id named in a button's value ({@code flag-<versionId>}). */
    static long versionId(String value) {
        try {
            long versionId = Long.parseLong(value);
            requireVersionId(versionId);
            return versionId;
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    static void requireVersionId(long versionId) {
        if (versionId < 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    static long sequence(String value) {
        try {
            long sequence = Long.parseLong(value.strip());
            if (sequence < 1) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
            return sequence;
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    /**
     * The answers of the page form that differ from what the server holds. Only questions the page showed (those
     * with a sequence field) count: a question it did not show must not be cleared by the fields it did not send.
     */
    static List<Changed> changedOnPage(TakingView view, Map<String, String[]> parameters) {
        var changed = new ArrayList<Changed>();
        for (QuestionSlot slot : view.questions()) {
            String[] seq = parameters.get("seq-" + slot.versionId());
            if (seq == null || seq.length != 1) {
                continue;
            }
            long sequence = sequence(seq[0]);
            AnswerForm form = of(slot.versionId(), parameters);
            boolean unchanged = form.equals(slot.given()) || form.isBlank() && slot.given().isBlank();
            if (!unchanged) {
                changed.add(new Changed(slot.versionId(), form, sequence));
            }
        }
        return changed;
    }
}
