package app.steppe.reading.web;

import java.nio.charset.CharacterCodingException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import app.steppe.reading.domain.StrictUtf8;

/**
 * A form that takes a reading's text either pasted ({@code text}) or as an uploaded {@code .txt}/{@code .md} file
 * ({@code file}), never both. {@link #submittedText} checks which one and says what is wrong next to that field.
 */
interface TextSubmission {

    long MAX_FILE_BYTES = 1024 * 1024;
    String TEXT = "text";
    String FILE = "file";

    Set<String> EXTENSIONS = Set.of(".txt", ".md");
    // browsers that do not know .md send application/octet-stream (or nothing); the decoding check still applies
    Set<String> CONTENT_TYPES = Set.of("text/plain", "text/markdown", "text/x-markdown", "application/octet-stream", "");

    String text();

    MultipartFile file();

    /** The text and the field it came from, or empty with a field error in {@code errors}. */
    default Optional<Submitted> submittedText(Errors errors) {
        MultipartFile file = file();
        boolean fileChosen = file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
        boolean textPasted = text() != null && !text().isBlank();
        if (fileChosen && textPasted) {
            errors.rejectValue(FILE, "reading.upload.both");
            return Optional.empty();
        }
        if (!fileChosen && !textPasted) {
            errors.rejectValue(TEXT, "reading.upload.none");
            return Optional.empty();
        }
        return textPasted ? Optional.of(new Submitted(text(), TEXT)) : fromFile(file, errors);
    }

    private static Optional<Submitted> fromFile(MultipartFile file, Errors errors) {
        String name = file.getOriginalFilename().toLowerCase(Locale.ROOT);
        String type = file.getContentType() == null ? "" : file.getContentType().toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        String mediaType = (parameters < 0 ? type : type.substring(0, parameters)).strip();
        if (EXTENSIONS.stream().noneMatch(name::endsWith) || !CONTENT_TYPES.contains(mediaType)) {
            errors.rejectValue(FILE, "reading.upload.type");
        } else if (file.isEmpty()) {
            errors.rejectValue(FILE, "reading.upload.empty");
        } else if (file.getSize() > MAX_FILE_BYTES) {
            errors.rejectValue(FILE, "reading.upload.tooBig");
        } else {
            try {
                return Optional.of(new Submitted(StrictUtf8.decode(file.getBytes()), FILE));
            } catch (CharacterCodingException e) {
                errors.rejectValue(FILE, "reading.upload.notUtf8");
            } catch (java.io.IOException e) {
                errors.rejectValue(FILE, "reading.upload.unreadable");
            }
        }
        return Optional.empty();
    }

    /** The submitted text and the form field it came from. */
    record Submitted(String text, String field) {
    }
}
