package app.steppe.quiz.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import app.steppe.questionbank.QtiPackage;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.quiz.domain.Quiz;
import app.steppe.quiz.domain.QuizCatalog;
import app.steppe.quiz.domain.QuizToQti;
import app.steppe.quiz.domain.UnknownQuizException;
import app.steppe.shared.web.NotFoundException;

/**
 * A quiz as a QTI 2.1 package for Canvas: the report of what the package holds (a zip cannot carry a message), and
 * the zip itself.
 */
@Controller
@RequestMapping("/instructor/quizzes/{id}")
class QuizQtiController {

    private static final MediaType ZIP = new MediaType("application", "zip");

    private final QuizCatalog catalog;
    private final QuestionBankApi questionBank;

    QuizQtiController(QuizCatalog catalog, QuestionBankApi questionBank) {
        this.catalog = catalog;
        this.questionBank = questionBank;
    }

    @GetMapping("/export/qti")
    String report(@PathVariable long id, Model model) {
        Quiz quiz = quiz(id);
        model.addAttribute("quiz", quiz);
        model.addAttribute("settings", quiz.settings());
        model.addAttribute("export", export(quiz));
        return "quiz/qti-export";
    }

    @GetMapping("/export.qti.zip")
    ResponseEntity<byte[]> zip(@PathVariable long id) {
        return ResponseEntity.ok().contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("quiz-" + id + ".qti.zip", StandardCharsets.UTF_8).build().toString())
                .body(export(quiz(id)).zip());
    }

    private QtiPackage export(Quiz quiz) {
        return questionBank.qtiForQuiz(quiz.questionSetId(), QuizToQti.outline(quiz.settings()));
    }

    private Quiz quiz(long id) {
        try {
            return catalog.get(id);
        } catch (UnknownQuizException e) {
            throw new NotFoundException("quiz " + id);
        }
    }
}
