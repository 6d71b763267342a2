package app.steppe.questionbank.web.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A set to import: {@code format} yaml or gift and the file's text in {@code content}. The header fields are for
 * GIFT only (a YAML file has its own).
 */
record ImportRequest(
        @NotBlank(message = "Say yaml or gift.") String format,
        @NotBlank(message = "The file's text is missing.") @Size(max = 2_000_000, message = "The file is too large.") String content,
        String slug,
        String title,
        String readingSlug,
        List<String> tags) {
}
