package app.steppe.questionbank.domain;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.questionbank.QtiPackage;
import app.steppe.questionbank.QtiQuizOutline;
import app.steppe.questionbank.domain.aiken.AikenQuestion;
import app.steppe.questionbank.QtiPackage;
import app.steppe.questionbank.QtiQuizOutline;
import app.steppe.questionbank.domain.aiken.AikenWriter;
import app.steppe.questionbank.domain.interop.QtiExport;
import app.steppe.questionbank.domain.interop.SteppeToGift;

/**
 * A set as GIFT (every question; see {@link SteppeToGift}), as a QTI 2.1 package (see {@link QtiExport}) or as Aiken (only its single-choice questions, as Moodle
 * exports only those; Markdown is written as it is typed).
 */
@Service
@Transactional(readOnly = true)
public class QuestionSetInteropExport {

    private final QuestionSetExport export;

    QuestionSetInteropExport(QuestionSetExport export) {
        this.export = export;
    }

    public String gift(long setId) {
        return new SteppeToGift().write(export.content(setId));
    }

    /** The set as a QTI 2.1 content package, with the report of the questions QTI could not take. */
    public QtiPackage qti(long setId) {
        return QtiExport.of(export.content(setId));
    }

    /** What a quiz draws from the set as a QTI 2.1 content package, with the same report. */
    public QtiPackage qtiForQuiz(long setId, QtiQuizOutline outline) {
        return QtiExport.of(export.content(setId), outline);
    }

    public String aiken(long setId) {
        List<AikenQuestion> questions = export.content(setId).questions().stream()
                .filter(q -> q.answer() instanceof SingleChoice choice && choice.options().size() <= AikenWriter.MAX_CHOICES)
                .map(q -> {
                    SingleChoice choice = (SingleChoice) q.answer();
                    List<String> texts = choice.options().stream().map(ChoiceOption::text).toList();
                    int correct = choice.options().indexOf(choice.options().stream().filter(ChoiceOption::correct)
                            .findFirst().orElseThrow());
                    return new AikenQuestion(0, q.prompt(), texts, correct);
                }).toList();
        return new AikenWriter().write(questions);
    }
}
