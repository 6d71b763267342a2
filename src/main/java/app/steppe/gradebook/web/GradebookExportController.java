package app.steppe.gradebook.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import app.steppe.gradebook.domain.GradebookCsv;
import app.steppe.gradebook.domain.GradebookReader;
import app.steppe.gradebook.domain.GradingDesk;
import app.steppe.quiz.QuizGradeReleases;
import app.steppe.shared.web.NotFoundException;

/** The gradebook and a quiz's answers as CSV files for Excel. */
@Controller
class GradebookExportController {

    private static final List<String> HEADINGS = List.of("gradebook.csv.student", "gradebook.csv.username",
            "gradebook.csv.total", "gradebook.csv.attempt", "gradebook.csv.state", "gradebook.csv.position",
            "gradebook.csv.question", "gradebook.csv.type", "gradebook.csv.answer", "gradebook.csv.points",
            "gradebook.csv.max", "gradebook.csv.needsGrading", "gradebook.csv.manual", "gradebook.csv.comment");

    private final GradebookReader reader;
    private final GradingDesk desk;
    private final QuizGradeReleases quizzes;
    private final MessageSource messages;
    private final Clock clock;

    GradebookExportController(GradebookReader reader, GradingDesk desk, QuizGradeReleases quizzes,
            MessageSource messages, Clock clock) {
        this.reader = reader;
        this.desk = desk;
        this.quizzes = quizzes;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/instructor/gradebook/export.csv")
    void gradebook(HttpServletResponse response, Locale locale) throws IOException {
        var book = reader.gradebook(clock.instant()).sorted(new app.steppe.gradebook.domain.Gradebook.Sort("name", false));
        var out = csv(response, "steppe-gradebook.csv");
        GradebookCsv.gradebook(book, headings(locale), out);
        out.flush();
    }

    @GetMapping("/instructor/gradebook/quizzes/{quizId}/answers.csv")
    void answers(@PathVariable long quizId, HttpServletResponse response, Locale locale) throws IOException {
        quizzes.grading(quizId, clock.instant()).orElseThrow(() -> new NotFoundException("quiz"));
        var answers = desk.quiz(quizId, false, "");
        var out = csv(response, "quiz-" + quizId + "-answers.csv");
        GradebookCsv.answers(answers, desk.students(), headings(locale), out);
        out.flush();
    }

    private static OutputStreamWriter csv(HttpServletResponse response, String filename) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
        return new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    }

    private Map<String, String> headings(Locale locale) {
        var headings = new LinkedHashMap<String, String>();
        HEADINGS.forEach(key -> headings.put(key.substring(key.lastIndexOf('.') + 1),
                messages.getMessage(key, null, key, locale)));
        return headings;
    }
}
