package app.steppe.questionbank.domain.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.Node;

import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.QuestionSetContent;
import app.steppe.questionbank.domain.validation.QuestionSetValidator;
import app.steppe.questionbank.domain.validation.Violation;

/**
 * Reads a question-set file (briefs/yaml-format.md) into the model and validates it, reporting every problem with
 * file name, line and question id. Quotes are not looked up in the reading here (that needs the reading): the
 * result carries each citation with its line for the importer to check with {@code CitationVerifier}.
 */
public final class QuestionSetYamlReader {

    static final List<String> SET_KEYS = List.of("set", "title", "description", "reading", "tags", "questions");
    private static final Pattern QUESTION_PATH = Pattern.compile("^questions\\[(\\d+)]");

    private final QuestionSetValidator validator;

    /** The reader of question files: every question must cite the reading. */
    public QuestionSetYamlReader() {
        this(true);
    }

    /** @param citationRequired false only to read back stored questions (imported ones may have no citation yet) */
    public QuestionSetYamlReader(boolean citationRequired) {
        this.validator = new QuestionSetValidator(citationRequired);
    }

    /** @param content the file's bytes: they must be UTF-8, and at most 1 MB */
    public YamlReadResult<ParsedQuestionSet> read(String fileName, byte[] content) {
        YamlDocumentLoader.Loaded loaded = YamlDocumentLoader.load(content);
        if (loaded instanceof YamlDocumentLoader.Unreadable unreadable) {
            return new YamlReadResult.Rejected<>(List.of(new YamlProblem(fileName, unreadable.line(), null, unreadable.violation())));
        }
        Node root = ((YamlDocumentLoader.Document) loaded).root();
        ReadContext context = new ReadContext();
        return YamlMap.of(root, "", context)
                .map(set -> readSet(fileName, set, context))
                .orElseGet(() -> rejected(fileName, context, List.of(), Map.of()));
    }

    private YamlReadResult<ParsedQuestionSet> readSet(String fileName, YamlMap set, ReadContext context) {
        set.allowOnly(SET_KEYS);
        Optional<String> slug = set.requiredText("set");
        Optional<String> title = set.requiredText("title");
        String description = set.text("description").orElse(null);
        Optional<String> reading = set.requiredText("reading");
        List<String> tags = set.textList("tags").orElse(List.of());

        // without the set's reading, plain quotes still need a valid reading id to be checked for everything else;
        // the missing key is already reported, so the file is rejected and the stand-in never leaves this method
        QuestionNodeReader questionReader = new QuestionNodeReader(reading.orElse("set-reading-missing"));
        SortedMap<Integer, QuestionContent> questions = new TreeMap<>();
        Map<Integer, String> idOfPosition = new HashMap<>();
        Map<String, Integer> lineOfQuestion = new HashMap<>();
        List<LocatedCitation> citations = new ArrayList<>();
        List<QuestionNodeReader.ReadQuestion> readQuestions = set
                .requiredList("questions", (node, path) -> Optional.of(questionReader.read(node, path, context)))
                .orElse(List.of());
        for (int position = 0; position < readQuestions.size(); position++) {
            QuestionNodeReader.ReadQuestion read = readQuestions.get(position);
            if (read.question().isPresent()) {
                questions.put(position, read.question().get());
            }
            if (read.id() != null) {
                idOfPosition.put(position, read.id());
                lineOfQuestion.putIfAbsent(read.id(), read.line());
            }
            citations.addAll(read.citations());
        }

        List<Violation> violations = new ArrayList<>();
        boolean headerComplete = slug.isPresent() && title.isPresent() && reading.isPresent();
        if (headerComplete && context.problemCount() == 0) {
            QuestionSetContent content = new QuestionSetContent(slug.get(), title.get(), description, reading.get(), tags,
                    List.copyOf(questions.values()));
            violations.addAll(validator.validate(content));
            if (violations.isEmpty()) {
                return new YamlReadResult.Accepted<>(new ParsedQuestionSet(fileName, content, lineOfQuestion, citations));
            }
        } else {
            if (headerComplete) {
                violations.addAll(validator.validateHeader(
                        new QuestionSetContent(slug.get(), title.get(), description, reading.get(), tags, List.of())));
            }
            violations.addAll(validator.validateQuestions(questions));
        }
        return rejected(fileName, context, violations, idOfPosition);
    }

    private static YamlReadResult<ParsedQuestionSet> rejected(String fileName, ReadContext context, List<Violation> violations,
            Map<Integer, String> idOfPosition) {
        List<YamlProblem> problems = new ArrayList<>();
        context.problems().forEach(problem -> problems.add(new YamlProblem(fileName, problem.line(),
                questionId(problem.violation().path(), idOfPosition), problem.violation())));
        violations.forEach(violation -> problems.add(new YamlProblem(fileName, context.lineOf(violation.path()),
                questionId(violation.path(), idOfPosition), violation)));
        problems.sort(Comparator.comparingInt(YamlProblem::line));
        return new YamlReadResult.Rejected<>(problems);
    }

    private static String questionId(String path, Map<Integer, String> idOfPosition) {
        Matcher question = QUESTION_PATH.matcher(path);
        return question.find() ? idOfPosition.get(Integer.parseInt(question.group(1))) : null;
    }
}
