package app.steppe.questionbank.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import app.steppe.questionbank.domain.QuestionBankQueries;
import app.steppe.questionbank.domain.QuestionBankQueries.QuestionDetail;

/**
 * The instructor's preview: the question exactly as a student sees it (the shared student fragment), then, apart,
 * what only the instructor sees: the answer key, the explanation and the cited passages.
 */
@Controller
class QuestionEditorPreviewController {

    static final String PREVIEW = "questionbank/editor/preview";

    private final QuestionBankQueries queries;

    QuestionEditorPreviewController(QuestionBankQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/instructor/questions/{id}/preview")
    String preview(@PathVariable long id, Model model) {
        QuestionDetail question = queries.question(id);
        // the question's id as the seed: the preview shows the same order each time it is opened
        model.addAttribute("question", question);
        model.addAttribute("studentView", StudentQuestionViews.of(question.content(), id));
        model.addAttribute("answerKey", QuestionEditorAnswerKey.of(question.content()));
        return PREVIEW;
    }
}
