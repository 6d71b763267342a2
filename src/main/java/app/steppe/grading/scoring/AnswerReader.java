package app.steppe.grading.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import app.steppe.questionbank.domain.AnswerSpec;
import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.Essay;
import app.steppe.questionbank.domain.FillBlanks;
import app.steppe.questionbank.domain.MatchPair;
import app.steppe.questionbank.domain.Matching;
import app.steppe.questionbank.domain.MultipleResponse;
import app.steppe.questionbank.domain.Numeric;
import app.steppe.questionbank.domain.Ordering;
import app.steppe.questionbank.domain.ShortText;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.TrueFalse;

/**
 * Reads the form a student sent into the scoring {@link Response}, naming options and items by their authored index.
 * The page shows options by their text and shuffles what it shows, so texts are mapped back here; a value that names
 * nothing in the question (a tampered or stale form) is dropped and simply earns nothing.
 */
public final class AnswerReader {

    private AnswerReader() {
    }

    /**
     * @param shownItems ordering questions: the items in the order the page showed them (its fields are indexed by
     *                   that order); ignored for other types
     */
    public static Response read(AnswerSpec spec, AnswerForm form, List<String> shownItems) {
        if (form.isBlank()) {
            return Response.none();
        }
        if (spec instanceof SingleChoice single) {
            return choices(single.options(), form.values("").subList(0, Math.min(1, form.values("").size())));
        }
        if (spec instanceof MultipleResponse multiple) {
            return choices(multiple.options(), form.values(""));
        }
        if (spec instanceof TrueFalse) {
            var value = form.value("");
            return value.equals("true") || value.equals("false") ? new TrueFalseResponse(Boolean.parseBoolean(value)) : Response.none();
        }
        if (spec instanceof Numeric || spec instanceof ShortText) {
            return new TextResponse(form.value(""));
        }
        if (spec instanceof Essay) {
            return new EssayResponse(form.values("").isEmpty() ? "" : form.values("").get(0));
        }
        if (spec instanceof Matching matching) {
            return matching(matching, form);
        }
        if (spec instanceof Ordering ordering) {
            return ordering(ordering, form, shownItems);
        }
        if (spec instanceof FillBlanks blanks) {
            var values = new ArrayList<String>();
            for (int blank = 1; blank <= blanks.blanks().size(); blank++) {
                values.add(form.value(String.valueOf(blank)));
            }
            return new BlanksResponse(values);
        }
        return Response.none();
    }

    private static Response choices(List<ChoiceOption> options, List<String> values) {
        var chosen = new HashSet<Integer>();
        for (var value : values) {
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).text().equals(value)) {
                    chosen.add(i);
                    break;
                }
            }
        }
        return chosen.isEmpty() ? Response.none() : new ChoiceResponse(chosen);
    }

    private static Response matching(Matching matching, AnswerForm form) {
        var rights = new ArrayList<>(matching.pairs().stream().map(MatchPair::right).toList());
        rights.addAll(matching.distractors());
        Map<Integer, Integer> rightForLeft = new HashMap<>();
        for (int left = 0; left < matching.pairs().size(); left++) {
            int right = rights.indexOf(form.value(String.valueOf(left)));
            if (right >= 0) {
                rightForLeft.put(left, right);
            }
        }
        return new MatchingResponse(rightForLeft);
    }

    /** Items sorted by the position the student gave them; items without a position go last, in the order shown. */
    private static Response ordering(Ordering ordering, AnswerForm form, List<String> shownItems) {
        record Placed(int authored, int position, int shown) {
        }
        var placed = new ArrayList<Placed>();
        for (int shown = 0; shown < shownItems.size(); shown++) {
            int authored = ordering.items().indexOf(shownItems.get(shown));
            if (authored < 0) {
                continue;
            }
            int position = parsePosition(form.value(String.valueOf(shown)), shownItems.size());
            placed.add(new Placed(authored, position, shown));
        }
        placed.sort(Comparator.comparingInt(Placed::position).thenComparingInt(Placed::shown));
        return new OrderingResponse(placed.stream().map(Placed::authored).toList());
    }

    private static int parsePosition(String value, int count) {
        try {
            int position = Integer.parseInt(value.trim());
            return position >= 1 && position <= count ? position : Integer.MAX_VALUE;
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
