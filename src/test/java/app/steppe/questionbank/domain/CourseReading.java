package app.steppe.questionbank.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The course reading in seeds/: its body after the front matter, split into paragraphs on blank lines. */
public final class CourseReading {

    public static final String SLUG = "kazakhstan-crisis-china";
    private static final Path FILE = Path.of("seeds", SLUG + ".md");

    private CourseReading() {
    }

    public static List<String> paragraphs() {
        try {
            String markdown = Files.readString(FILE, StandardCharsets.UTF_8).replace("\r\n", "\n");
            String body = markdown.startsWith("---\n")
                    ? markdown.substring(markdown.indexOf("\n---\n", 4) + "\n---\n".length())
                    : markdown;
            return Arrays.stream(body.strip().split("\\n\\s*\\n")).map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
