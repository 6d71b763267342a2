package app.steppe.questionbank.domain.yaml;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import app.steppe.questionbank.domain.QuestionSetContent;

/** A question set read from a file, with the lines of its questions and citations for later messages. */
public record ParsedQuestionSet(
        String fileName,
        QuestionSetContent set,
        Map<String, Integer> lineOfQuestion,
        List<LocatedCitation> citations) {

    public ParsedQuestionSet {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(set, "set");
        lineOfQuestion = Map.copyOf(lineOfQuestion);
        citations = List.copyOf(citations);
    }
}
