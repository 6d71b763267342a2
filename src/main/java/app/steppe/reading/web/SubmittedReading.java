package app.steppe.reading.web;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import app.steppe.reading.domain.ReadingBody;
import app.steppe.reading.domain.ReadingContent;
import app.steppe.reading.domain.ReadingPage;
import app.steppe.reading.domain.SourceDocument;
import app.steppe.reading.domain.TextRejectedException;

/**
 * Turns a submitted form into the content of a version, or into field errors. A front matter block at the top of a
 * pasted or uploaded text is not part of the reading: it fills in what the form leaves open.
 */
@Component
class SubmittedReading {

    /** The content and the form field its text came from. */
    record Checked(ReadingContent content, String field) {
    }

    Optional<Checked> newReading(NewReadingForm form, Errors errors) {
        var submitted = form.submittedText(errors);
        if (errors.hasErrors() || submitted.isEmpty()) {
            return Optional.empty();
        }
        String field = submitted.get().field();
        SourceDocument document = SourceDocument.parse(submitted.get().text());
        String subtitle = form.subtitle() == null || form.subtitle().isBlank() ? document.subtitle() : form.subtitle();
        return checked(() -> new ReadingContent(form.title(), subtitle, ReadingBody.parse(document.body())),
                field, true, errors);
    }

    Optional<Checked> newVersion(NewVersionForm form, ReadingPage current, Errors errors) {
        var submitted = form.submittedText(errors);
        if (errors.hasErrors() || submitted.isEmpty()) {
            return Optional.empty();
        }
        SourceDocument document = SourceDocument.parse(submitted.get().text());
        boolean hasFrontMatter = document.title() != null || document.subtitle() != null;
        String title = document.title() != null ? document.title() : current.text().title();
        String subtitle = hasFrontMatter ? document.subtitle() : current.subtitle();
        return checked(() -> new ReadingContent(title, subtitle, ReadingBody.parse(document.body())),
                submitted.get().field(), false, errors);
    }

    private static Optional<Checked> checked(Supplier<ReadingContent> content, String textField,
            boolean titleFromForm, Errors errors) {
        try {
            return Optional.of(new Checked(content.get(), textField));
        } catch (TextRejectedException e) {
            errors.rejectValue(fieldFor(e.reason(), textField, titleFromForm), e.reason().messageKey());
            return Optional.empty();
        }
    }

    private static String fieldFor(TextRejectedException.Reason reason, String textField, boolean titleFromForm) {
        if (!titleFromForm) {
            return textField;
        }
        return switch (reason) {
            case TITLE_BLANK, TITLE_TOO_LONG -> "title";
            case SUBTITLE_TOO_LONG -> "subtitle";
            default -> textField;
        };
    }
}
