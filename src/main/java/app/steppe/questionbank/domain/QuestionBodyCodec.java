package app.steppe.questionbank.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A stored question version is the question in the format of questions/ (as a one-question set): one codec for
 * files, export and storage, whose round trip is tested for every type.
 */
final class QuestionBodyCodec {

    private static final String HOLDER = "stored-question";

    private QuestionBodyCodec() {
    }

    static String write(QuestionContent question, String readingSlug) {
        return QuestionSetYaml.write(new QuestionSetContent(HOLDER, HOLDER, null, readingSlug, List.of(),
                List.of(question)));
    }

    static QuestionContent read(String body) {
        QuestionSetYaml.Parsed parsed = QuestionSetYaml.readStored(HOLDER, body.getBytes(StandardCharsets.UTF_8));
        if (parsed.set() == null) {
            throw new IllegalStateException("a stored question no longer reads: " + parsed.problems());
        }
        return parsed.set().questions().get(0);
    }
}
