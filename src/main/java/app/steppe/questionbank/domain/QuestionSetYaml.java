package app.steppe.questionbank.domain;

import java.util.List;

import app.steppe.questionbank.domain.QuestionImportReport.FileProblem;
import app.steppe.questionbank.domain.matching.SpellingEquivalents;
import app.steppe.questionbank.domain.yaml.LocatedCitation;
import app.steppe.questionbank.domain.yaml.ParsedQuestionSet;
import app.steppe.questionbank.domain.yaml.QuestionSetYamlReader;
import app.steppe.questionbank.domain.yaml.QuestionSetYamlWriter;
import app.steppe.questionbank.domain.yaml.SpellingsYamlReader;
import app.steppe.questionbank.domain.yaml.YamlProblem;
import app.steppe.questionbank.domain.yaml.YamlReadResult;

/** The question-file format as the rest of the module uses it: read with problems located, or write. */
final class QuestionSetYaml {

    private QuestionSetYaml() {
    }

    /** A read file: the set, or its problems; and where its parts are, for messages about quotes. */
    record Parsed(QuestionSetContent set, List<FileProblem> problems, ParsedQuestionSet located) {

        int lineOfSet() {
            return 1;
        }

        /** The line of a question's part ({@code cite[0]}), or of the question, or null. */
        Integer lineOf(String questionId, String path) {
            return located.citations().stream()
                    .filter(c -> c.questionId().equals(questionId) && c.path().endsWith(path))
                    .map(LocatedCitation::line)
                    .findFirst()
                    .orElse(located.lineOfQuestion().get(questionId));
        }
    }

    record ParsedSpellings(SpellingEquivalents spellings, List<FileProblem> problems) {
    }

    static Parsed read(String fileName, byte[] bytes) {
        return read(new QuestionSetYamlReader(), fileName, bytes);
    }

    /** A stored question body, which may have no citation yet (imported, not yet grounded). */
    static Parsed readStored(String fileName, byte[] bytes) {
        return read(new QuestionSetYamlReader(false), fileName, bytes);
    }

    private static Parsed read(QuestionSetYamlReader reader, String fileName, byte[] bytes) {
        YamlReadResult<ParsedQuestionSet> result = reader.read(fileName, bytes);
        if (result instanceof YamlReadResult.Accepted<ParsedQuestionSet> accepted) {
            return new Parsed(accepted.value().set(), List.of(), accepted.value());
        }
        return new Parsed(null, problems(((YamlReadResult.Rejected<ParsedQuestionSet>) result).problems()), null);
    }

    static ParsedSpellings readSpellings(String fileName, byte[] bytes) {
        YamlReadResult<SpellingEquivalents> result = new SpellingsYamlReader().read(fileName, bytes);
        if (result instanceof YamlReadResult.Accepted<SpellingEquivalents> accepted) {
            return new ParsedSpellings(accepted.value(), List.of());
        }
        return new ParsedSpellings(null, problems(((YamlReadResult.Rejected<SpellingEquivalents>) result).problems()));
    }

    static String write(QuestionSetContent set) {
        return new QuestionSetYamlWriter().write(set);
    }

    private static List<FileProblem> problems(List<YamlProblem> problems) {
        return problems.stream().map(p -> new FileProblem(p.fileName(), p.line() == 0 ? null : p.line(),
                p.questionId(), p.messageKey(), p.args())).toList();
    }
}
