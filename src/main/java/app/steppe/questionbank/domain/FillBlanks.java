package app.steppe.questionbank.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.modulith.NamedInterface;

/** A passage with gaps written {@code [[1]]}, {@code [[2]]}, …; blank i of the list fills gap {@code [[i]]}. */
@NamedInterface("model")
public record FillBlanks(String text, List<Blank> blanks) implements AnswerSpec {

    private static final Pattern GAP = Pattern.compile("\\[\\[(\\d{1,4})]]");

    public FillBlanks {
        Objects.requireNonNull(text, "text");
        blanks = List.copyOf(blanks);
    }

    @Override
    public QuestionType type() {
        return QuestionType.FILL_BLANKS;
    }

    /** The gap numbers in the order the passage uses them, repeats included. */
    public List<Integer> gapNumbers() {
        List<Integer> numbers = new ArrayList<>();
        Matcher gap = GAP.matcher(text);
        while (gap.find()) {
            numbers.add(Integer.parseInt(gap.group(1)));
        }
        return numbers;
    }
}
