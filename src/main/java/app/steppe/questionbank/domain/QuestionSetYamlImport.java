package app.steppe.questionbank.domain;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.questionbank.domain.QuestionImportReport.FileProblem;
import app.steppe.questionbank.domain.validation.Violation;

/**
 * Imports a set in the format of questions/ (YAML) sent by a client, as a new set created "in the browser": it
 * follows no file. All or nothing, like the files at start: a problem anywhere (the YAML, a quote not found in the
 * reading, a slug already taken) imports nothing and every problem is reported with its line.
 */
@Service
public class QuestionSetYamlImport {

    /** {@code setId} is null when nothing was imported; then {@code problems} say why. */
    public record Result(Long setId, List<FileProblem> problems) {
    }

    static final String UPLOAD = "api-upload.yaml";

    private final QuestionBank bank;
    private final QuestionRepository questions;
    private final QuestionSetRepository sets;
    private final Grounding grounding;

    QuestionSetYamlImport(QuestionBank bank, QuestionRepository questions, QuestionSetRepository sets,
            Grounding grounding) {
        this.bank = bank;
        this.questions = questions;
        this.sets = sets;
        this.grounding = grounding;
    }

    @Transactional
    public Result importYaml(byte[] yaml) {
        QuestionSetYaml.Parsed parsed = QuestionSetYaml.read(UPLOAD, yaml);
        if (!parsed.problems().isEmpty()) {
            return new Result(null, parsed.problems());
        }
        QuestionSetContent content = parsed.set();
        List<FileProblem> problems = new ArrayList<>();
        Grounding.Check check = grounding.check();
        List<Grounding.Result> grounded = new ArrayList<>();
        for (QuestionContent question : content.questions()) {
            Grounding.Result result = check.ground(question, "");
            grounded.add(result);
            for (Violation v : result.violations()) {
                problems.add(new FileProblem(UPLOAD, parsed.lineOf(question.slug(), v.path()), question.slug(),
                        v.messageKey(), v.args()));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        SetHeader header = SetHeader.of(content);
        Outcome<Long> created = bank.createSet(header);
        if (!created.ok()) {
            return new Result(null, created.violations().stream()
                    .map(v -> new FileProblem(UPLOAD, parsed.lineOfSet(), null, v.messageKey(), v.args())).toList());
        }
        long setId = created.value();
        for (int i = 0; i < content.questions().size(); i++) {
            QuestionContent question = content.questions().get(i);
            Question stored = questions.save(new Question(setId, question.slug(), i + 1));
            bank.storeVersion(stored, 1, question, header.readingSlug(), grounded.get(i).citations());
        }
        return new Result(setId, List.of());
    }
}
