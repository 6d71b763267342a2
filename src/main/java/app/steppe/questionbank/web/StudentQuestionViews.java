package app.steppe.questionbank.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.springframework.modulith.NamedInterface;

import app.steppe.questionbank.domain.AnswerSpec;
import app.steppe.questionbank.domain.Blank;
import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.Essay;
import app.steppe.questionbank.domain.FillBlanks;
import app.steppe.questionbank.domain.MatchPair;
import app.steppe.questionbank.domain.Matching;
import app.steppe.questionbank.domain.MultipleResponse;
import app.steppe.questionbank.domain.Numeric;
import app.steppe.questionbank.domain.Ordering;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.markdown.MarkdownRenderer;
import app.steppe.questionbank.web.StudentQuestionView.Choice;
import app.steppe.questionbank.web.StudentQuestionView.Segment;

/**
 * Builds the {@link StudentQuestionView} of a question: only what a student may see. Whatever is shuffled is
 * shuffled by the caller's {@code seed}, so the same seed shows the same order again (an attempt keeps its seed and
 * the student sees the same question after a reload).
 */
@NamedInterface("student-question")
public final class StudentQuestionViews {

    private static final Pattern GAP = Pattern.compile("\\[\\[(\\d{1,4})]]");

    private StudentQuestionViews() {
    }

    /** The view with the options in the order {@link #optionOrder} gives for this seed. */
    public static StudentQuestionView of(QuestionContent content, long seed) {
        return of(content, seed, null);
    }

    /**
     * @param optionOrder for single choice and multiple response: the authored positions of the options in the order
     *                    to show them (a permutation of 0..n-1), or null for {@link #optionOrder}'s
     */
    public static StudentQuestionView of(QuestionContent content, long seed, List<Integer> optionOrder) {
        Random random = new Random(seed);
        AnswerSpec spec = content.answer();
        List<Choice> choices = List.of();
        String unit = null;
        List<String> left = List.of();
        List<String> right = List.of();
        List<String> items = List.of();
        List<Segment> passage = List.of();
        Integer maxWords = null;
        List<ChoiceOption> options = options(spec);
        if (!options.isEmpty()) {
            List<Integer> order = optionOrder == null ? optionOrder(content, seed) : checked(optionOrder, options.size());
            choices = order.stream().map(options::get).map(o -> new Choice(o.text(), o.text())).toList();
        } else if (spec instanceof Numeric numeric) {
            unit = numeric.unit();
        } else if (spec instanceof Matching matching) {
            left = matching.pairs().stream().map(MatchPair::left).toList();
            List<String> rights = new ArrayList<>(matching.pairs().stream().map(MatchPair::right).toList());
            rights.addAll(matching.distractors());
            Collections.shuffle(rights, random);
            right = rights;
        } else if (spec instanceof Ordering ordering) {
            items = shuffledAwayFromAuthored(ordering.items(), random);
        } else if (spec instanceof FillBlanks fillBlanks) {
            passage = segments(fillBlanks, random);
        } else if (spec instanceof Essay essay) {
            maxWords = essay.maxWords();
        }
        return new StudentQuestionView(content.type(), MarkdownRenderer.render(content.prompt()), content.points(),
                choices, unit, left, right, items, passage, maxWords);
    }

    /**
     * The order in which the options of a choice question are shown for this seed: the authored order for a single
     * choice question with {@code shuffle: false}, else shuffled. Empty for other types.
     */
    public static List<Integer> optionOrder(QuestionContent content, long seed) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, options(content.answer()).size()).boxed().toList());
        boolean pinned = content.answer() instanceof SingleChoice single && !single.shuffle();
        if (!pinned) {
            // a generator of its own: the options' order must not depend on what else the seed shuffles
            Collections.shuffle(order, new Random(~seed));
        }
        return List.copyOf(order);
    }

    private static List<ChoiceOption> options(AnswerSpec spec) {
        if (spec instanceof SingleChoice single) {
            return single.options();
        }
        if (spec instanceof MultipleResponse multiple) {
            return multiple.options();
        }
        return List.of();
    }

    private static List<Integer> checked(List<Integer> order, int size) {
        if (order.size() != size || !new HashSet<>(order).equals(new HashSet<>(IntStream.range(0, size).boxed().toList()))) {
            throw new IllegalArgumentException("option order " + order + " is not a permutation of " + size + " options");
        }
        return order;
    }

    /** Shuffled, and never left in the authored (right) order: that would hand the student the answer. */
    private static List<String> shuffledAwayFromAuthored(List<String> authored, Random random) {
        List<String> shown = new ArrayList<>(authored);
        Collections.shuffle(shown, random);
        if (shown.equals(authored) && shown.size() > 1) {
            Collections.rotate(shown, 1);
        }
        return shown;
    }

    private static List<Segment> segments(FillBlanks spec, Random random) {
        List<Segment> segments = new ArrayList<>();
        Matcher gap = GAP.matcher(spec.text());
        int at = 0;
        while (gap.find()) {
            if (gap.start() > at) {
                segments.add(new Segment(spec.text().substring(at, gap.start()), null, null));
            }
            int number = Integer.parseInt(gap.group(1));
            Blank blank = number >= 1 && number <= spec.blanks().size() ? spec.blanks().get(number - 1) : null;
            List<String> choices = null;
            if (blank instanceof Blank.Choice choice) {
                choices = new ArrayList<>(choice.choices());
                Collections.shuffle(choices, random);
            }
            segments.add(new Segment(null, number, choices));
            at = gap.end();
        }
        if (at < spec.text().length()) {
            segments.add(new Segment(spec.text().substring(at), null, null));
        }
        return segments;
    }
}
