package app.steppe.questionbank.web;

import java.util.List;

import org.springframework.web.multipart.MultipartFile;

import app.steppe.questionbank.domain.QuestionSetImport;
import app.steppe.questionbank.domain.SetHeader;

/** "Import a GIFT or Aiken file or a QTI package": the new set's id, title and reading, the file's format, and the file. */
record InteropImportForm(String slug, String title, String readingSlug, String format, MultipartFile file) {

    static InteropImportForm empty() {
        return new InteropImportForm("", "", "", "gift", null);
    }

    SetHeader header() {
        return new SetHeader(strip(slug), strip(title), null, strip(readingSlug), List.of());
    }

    QuestionSetImport.Format fileFormat() {
        if ("aiken".equals(format)) {
            return QuestionSetImport.Format.AIKEN;
        }
        return "qti".equals(format) ? QuestionSetImport.Format.QTI : QuestionSetImport.Format.GIFT;
    }

    boolean hasFile() {
        return file != null && !file.isEmpty();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
