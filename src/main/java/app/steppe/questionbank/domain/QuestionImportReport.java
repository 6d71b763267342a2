package app.steppe.questionbank.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * What the last import of questions/ found: the files that were not imported and why, and the files ignored
 * because their set was edited in the browser. Kept for the question bank page; rebuilt at each start.
 */
@Component
public class QuestionImportReport {

    /** One problem of a file; {@code line} and {@code questionId} are null when they do not apply. */
    public record FileProblem(String file, Integer line, String questionId, String messageKey, Object[] args) {

        public FileProblem {
            args = args == null ? new Object[0] : args.clone();
        }

        @Override
        public Object[] args() {
            return args.clone();
        }

        @Override
        public String toString() {
            return file + (line == null ? "" : ":" + line) + (questionId == null ? "" : " [" + questionId + "] ")
                    + messageKey + Arrays.toString(args);
        }
    }

    private final List<FileProblem> problems = Collections.synchronizedList(new ArrayList<>());
    private final List<String> detachedFiles = Collections.synchronizedList(new ArrayList<>());

    public List<FileProblem> problems() {
        return List.copyOf(problems);
    }

    public List<String> detachedFiles() {
        return List.copyOf(detachedFiles);
    }

    void clear() {
        problems.clear();
        detachedFiles.clear();
    }

    void failed(List<FileProblem> found) {
        problems.addAll(found);
    }

    void ignoredDetached(String file) {
        detachedFiles.add(file);
    }
}
