package app.steppe.questionbank.domain.interop;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Element;

import app.steppe.questionbank.domain.AcceptedText;
import app.steppe.questionbank.domain.Blank;
import app.steppe.questionbank.domain.FillBlanks;
import app.steppe.questionbank.domain.QuestionContent;

/**
 * A fill-in-the-blanks passage: each gap {@code [[i]]} becomes an inline interaction bound to {@code RESPONSE_i}
 * (a {@code textEntryInteraction} for a typed blank, an {@code inlineChoiceInteraction} for a drop-down), and SCORE is
 * the mean of the gaps' mapped credit. The passage is written in a {@code div} of class {@value #PASSAGE_CLASS}, a
 * {@code p} per paragraph. A passage that uses one gap twice has no QTI form (one response, one interaction).
 */
final class QtiBlanksWriter {

    static final String PASSAGE_CLASS = "steppe-blanks";
    static final String RESPONSE_PREFIX = "RESPONSE_";
    private static final Pattern GAP = Pattern.compile("\\[\\[(\\d{1,4})]]");

    static boolean expressible(FillBlanks blanks) {
        List<Integer> gaps = blanks.gapNumbers();
        return new HashSet<>(gaps).size() == gaps.size()
                && gaps.stream().allMatch(g -> g >= 1 && g <= blanks.blanks().size());
    }

    void write(QtiItemWriter w, QuestionContent q, FillBlanks blanks) {
        for (int i = 0; i < blanks.blanks().size(); i++) {
            declare(w, i + 1, blanks.blanks().get(i));
        }
        w.outcomes(q.points());
        Element passage = w.el(w.body(q.prompt()), "div");
        passage.setAttribute("class", PASSAGE_CLASS);
        for (String paragraph : blanks.text().split("\n\n", -1)) {
            Element p = w.el(passage, "p");
            Matcher gap = GAP.matcher(paragraph);
            int from = 0;
            while (gap.find()) {
                text(p, paragraph.substring(from, gap.start()));
                int number = Integer.parseInt(gap.group(1));
                interaction(w, p, number, blanks.blanks().get(number - 1));
                from = gap.end();
            }
            text(p, paragraph.substring(from));
        }
        Element score = w.el(w.processing(), "setOutcomeValue");
        score.setAttribute("identifier", "SCORE");
        Element divide = w.el(score, "divide");
        Element sum = w.el(divide, "sum");
        for (int i = 1; i <= blanks.blanks().size(); i++) {
            w.el(sum, "mapResponse").setAttribute("identifier", RESPONSE_PREFIX + i);
        }
        Element count = w.el(divide, "baseValue");
        count.setAttribute("baseType", "float");
        count.setTextContent(String.valueOf(blanks.blanks().size()));
    }

    private void declare(QtiItemWriter w, int number, Blank blank) {
        if (blank instanceof Blank.Typed typed) {
            Element response = w.response("single", "string", RESPONSE_PREFIX + number);
            AcceptedText best = typed.answers().stream().max((a, b) -> a.credit().compareTo(b.credit())).orElseThrow();
            w.correct(response, List.of(best.text()));
            Element mapping = w.mapping(response);
            typed.answers().forEach(a -> w.mapEntry(mapping, a.text(), a.credit(), false));
        } else {
            Blank.Choice choice = (Blank.Choice) blank;
            Element response = w.response("single", "identifier", RESPONSE_PREFIX + number);
            String correct = choiceId(number, choice.choices().indexOf(choice.answer()));
            w.correct(response, List.of(correct));
            w.mapEntry(w.mapping(response), correct, java.math.BigDecimal.ONE, true);
        }
    }

    private void interaction(QtiItemWriter w, Element p, int number, Blank blank) {
        if (blank instanceof Blank.Typed typed) {
            Element entry = w.el(p, "textEntryInteraction");
            entry.setAttribute("responseIdentifier", RESPONSE_PREFIX + number);
            entry.setAttribute("expectedLength", String.valueOf(Math.max(10,
                    typed.answers().stream().mapToInt(a -> a.text().length()).max().orElse(0) + 5)));
            return;
        }
        Blank.Choice choice = (Blank.Choice) blank;
        Element inline = w.el(p, "inlineChoiceInteraction");
        inline.setAttribute("responseIdentifier", RESPONSE_PREFIX + number);
        inline.setAttribute("shuffle", "false");
        for (int i = 0; i < choice.choices().size(); i++) {
            Element option = w.el(inline, "inlineChoice");
            option.setAttribute("identifier", choiceId(number, i));
            option.setTextContent(choice.choices().get(i));
        }
    }

    private static void text(Element p, String text) {
        if (!text.isEmpty()) {
            p.appendChild(p.getOwnerDocument().createTextNode(text));
        }
    }

    private static String choiceId(int gap, int index) {
        return "G" + gap + "_" + (index + 1);
    }
}
