package app.steppe.gradebook.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

import app.steppe.gradebook.domain.AttemptChoice;
import app.steppe.gradebook.domain.QuizStatisticsReader;
import app.steppe.gradebook.domain.StatisticsReport;
import app.steppe.quiz.QuizGradeReleases;
import app.steppe.shared.web.NotFoundException;

/**
 * A quiz's statistics: test statistics, the question table with flags and distractors, the charts (drawn by
 * {@code static/js/gradebook-statistics.js} from JSON in data attributes) and the reading view.
 */
@Controller
class StatisticsController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final QuizStatisticsReader reader;
    private final QuizGradeReleases quizzes;
    private final Clock clock;

    StatisticsController(QuizStatisticsReader reader, QuizGradeReleases quizzes, Clock clock) {
        this.reader = reader;
        this.quizzes = quizzes;
        this.clock = clock;
    }

    @GetMapping("/instructor/statistics/quizzes/{quizId}")
    String statistics(@PathVariable long quizId, @RequestParam(required = false) String attempts, Model model) {
        var quiz = quizzes.grading(quizId, clock.instant()).orElseThrow(() -> new NotFoundException("quiz"));
        var report = reader.report(quizId, AttemptChoice.parse(attempts));
        model.addAttribute("quiz", quiz);
        model.addAttribute("report", report);
        model.addAttribute("stats", report.statistics());
        model.addAttribute("choices", AttemptChoice.values());
        model.addAttribute("histogramJson", histogram(report));
        model.addAttribute("questionsJson", questions(report));
        return "gradebook/statistics";
    }

    private static String histogram(StatisticsReport report) {
        var bins = new ArrayList<Map<String, Object>>();
        report.statistics().histogram().bins().forEach(b -> bins.add(Map.of("label",
                Math.round(b.fromPercent()) + "–" + Math.round(b.toPercent()) + "%", "count", b.attempts())));
        return JSON.writeValueAsString(bins);
    }

    private static String questions(StatisticsReport report) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (var q : report.questions()) {
            var s = report.statistics().question(q.index());
            if (s.facilityIndex().isPresent()) {
                var point = new LinkedHashMap<String, Object>();
                point.put("label", (q.index() + 1) + ". " + q.slug());
                point.put("facility", round(s.facilityIndex().getAsDouble()));
                // a question asked once, or answered alike by all, has no discrimination: no bar, not a zero
                point.put("discrimination", s.discriminationIndex().isPresent()
                        ? round(s.discriminationIndex().getAsDouble()) : null);
                points.add(point);
            }
        }
        return JSON.writeValueAsString(points);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
