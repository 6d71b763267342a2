package app.steppe.reading.web;

import org.springframework.web.multipart.MultipartFile;

/** "Upload a new version": the new text, pasted or as a file; a front matter title or subtitle replaces the old one. */
record NewVersionForm(String text, MultipartFile file) implements TextSubmission {

    static NewVersionForm empty() {
        return new NewVersionForm("", null);
    }
}
