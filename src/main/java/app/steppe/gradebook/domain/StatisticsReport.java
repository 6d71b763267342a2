package app.steppe.gradebook.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import app.steppe.grading.statistics.QuestionStatistics;
import app.steppe.grading.statistics.QuizStatistics;
import app.steppe.reading.ReadingText;

/**
 * A quiz's statistics as the page shows them: the calculator's figures, the questions they are about, and the
 * reading view (each cited paragraph with the mean facility of the questions citing it).
 *
 * @param provisional   counted attempts with answers still waiting for a grader (scored 0 until graded)
 */
public record StatisticsReport(AttemptChoice choice, QuizStatistics statistics, List<Question> questions,
        List<ReadingView> readings, long provisional) {

    /** A question of the report: what it is, and the labels of its options for the distractor analysis. */
    public record Question(int index, long questionId, String slug, String type, String promptHtml,
            List<String> optionLabels, List<Integer> correctOptions, List<Cited> cited) {

        public QuestionStatistics statistics(QuizStatistics all) {
            return all.question(index);
        }
    }

    public record Cited(long readingVersionId, int paragraph) {
    }

    /** A reading's paragraphs, each with the facility of the questions citing it (empty: none cites it). */
    public record ReadingView(ReadingText reading, List<ShadedParagraph> paragraphs) {
    }

    public record ShadedParagraph(int number, String anchor, String text, OptionalDouble facility, List<String> questions,
            String link) {

        /** A band for shading: none, low (< 40 %), middle (< 70 %), high. */
        public String band() {
            if (facility.isEmpty()) {
                return "none";
            }
            double f = facility.getAsDouble();
            return f < 40 ? "low" : f < 70 ? "middle" : "high";
        }
    }

    static List<ShadedParagraph> shade(ReadingText reading, List<Question> questions, QuizStatistics statistics) {
        Map<Integer, List<Double>> facilities = new LinkedHashMap<>();
        Map<Integer, List<String>> slugs = new LinkedHashMap<>();
        for (var q : questions) {
            var facility = statistics.question(q.index()).facilityIndex();
            for (var cited : q.cited()) {
                if (cited.readingVersionId() != reading.versionId()) {
                    continue;
                }
                slugs.computeIfAbsent(cited.paragraph(), p -> new ArrayList<>()).add(q.slug());
                if (facility.isPresent()) {
                    facilities.computeIfAbsent(cited.paragraph(), p -> new ArrayList<>()).add(facility.getAsDouble());
                }
            }
        }
        return reading.paragraphs().stream().map(p -> new ShadedParagraph(p.number(), p.anchor(), p.text(),
                facilities.getOrDefault(p.number(), List.of()).stream().mapToDouble(Double::doubleValue).average(),
                slugs.getOrDefault(p.number(), List.of()), reading.pathTo(p.number()))).toList();
    }
}
