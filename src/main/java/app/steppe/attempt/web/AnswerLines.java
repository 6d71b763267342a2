package app.steppe.attempt.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import app.steppe.grading.scoring.AnswerForm;
import app.steppe.attempt.web.ReviewViews.AnswerLine;
import app.steppe.questionbank.web.StudentQuestionView;

/** The student's answer as they gave it, laid out on the question as they saw it (same option and item order). */
final class AnswerLines {

    private AnswerLines() {
    }

    static List<AnswerLine> of(StudentQuestionView view, AnswerForm given) {
        switch (view.type()) {
            case SINGLE_CHOICE:
            case MULTIPLE_RESPONSE:
                return view.choices().stream()
                        .map(c -> new AnswerLine(c.label(), null, null, given.values("").contains(c.value()))).toList();
            case TRUE_FALSE:
                return List.of(new AnswerLine(null, "review.true", null, given.value("").equals("true")),
                        new AnswerLine(null, "review.false", null, given.value("").equals("false")));
            case MATCHING:
                var pairs = new ArrayList<AnswerLine>();
                for (int i = 0; i < view.leftItems().size(); i++) {
                    pairs.add(new AnswerLine(view.leftItems().get(i), null, given.value(String.valueOf(i)), null));
                }
                return pairs;
            case ORDERING:
                return ordering(view, given);
            case FILL_BLANKS:
                return List.of();
            case ESSAY:
                return List.of(new AnswerLine(given.values("").isEmpty() ? "" : given.values("").get(0), null, null, null));
            default:
                return List.of(new AnswerLine(given.value(""), null, view.unit(), null));
        }
    }

    /** Fill blanks: what was typed or chosen in each gap, by gap number. */
    static Map<Integer, String> blanks(StudentQuestionView view, AnswerForm given) {
        var blanks = new TreeMap<Integer, String>();
        view.passage().stream().filter(StudentQuestionView.Segment::isGap)
                .forEach(gap -> blanks.put(gap.blank(), given.value(String.valueOf(gap.blank()))));
        return blanks;
    }

    /** The items in the order the student put them; an item without a position comes last, as it was shown. */
    private static List<AnswerLine> ordering(StudentQuestionView view, AnswerForm given) {
        record Placed(String item, int position, int shown) {
        }
        var placed = new ArrayList<Placed>();
        for (int shown = 0; shown < view.items().size(); shown++) {
            placed.add(new Placed(view.items().get(shown), position(given.value(String.valueOf(shown))), shown));
        }
        placed.sort(Comparator.comparingInt(Placed::position).thenComparingInt(Placed::shown));
        return placed.stream().map(p -> new AnswerLine(p.item(), null,
                p.position() == Integer.MAX_VALUE ? "" : String.valueOf(p.position()), null)).toList();
    }

    private static int position(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
