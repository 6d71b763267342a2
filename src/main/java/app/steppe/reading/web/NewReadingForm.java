package app.steppe.reading.web;

import org.springframework.web.multipart.MultipartFile;

import app.steppe.reading.domain.ReadingContent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Add a reading": a title, an optional subtitle, and the text either pasted or as a file. */
record NewReadingForm(
        @NotBlank @Size(max = ReadingContent.MAX_TITLE) String title,
        @Size(max = ReadingContent.MAX_SUBTITLE) String subtitle,
        String text,
        MultipartFile file) implements TextSubmission {

    static NewReadingForm empty() {
        return new NewReadingForm("", "", "", null);
    }
}
