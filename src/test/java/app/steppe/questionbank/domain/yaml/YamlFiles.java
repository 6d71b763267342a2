package app.steppe.questionbank.domain.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.assertj.core.api.Assertions;

/** Test helpers for reading YAML text and looking at what came out. */
final class YamlFiles {

    private YamlFiles() {
    }

    static byte[] resource(String name) {
        try (InputStream in = YamlFiles.class.getResourceAsStream("/questionbank/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String yaml) {
        return yaml.getBytes(StandardCharsets.UTF_8);
    }

    static <T> T accepted(YamlReadResult<T> result) {
        if (result instanceof YamlReadResult.Rejected<T> rejected) {
            Assertions.fail("expected the file to be read, but: " + rejected.problems());
        }
        return ((YamlReadResult.Accepted<T>) result).value();
    }

    static List<YamlProblem> problems(YamlReadResult<?> result) {
        if (result instanceof YamlReadResult.Accepted<?> accepted) {
            Assertions.fail("expected problems, but the file was read: " + accepted.value());
        }
        return ((YamlReadResult.Rejected<?>) result).problems();
    }

    /** A problem reduced to what an author sees: line, question id, message key. */
    static String seen(YamlProblem problem) {
        return problem.line() + " " + problem.questionId() + " " + problem.messageKey();
    }
}
