package app.steppe.questionbank.domain.interop;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

import app.steppe.questionbank.domain.AcceptedNumber;
import app.steppe.questionbank.domain.Numeric;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.Tolerance;

/**
 * A numeric question: a float {@code textEntryInteraction}, scored by one {@code equal} condition per accepted value
 * (best credit first), with QTI's own tolerance modes: {@code absolute} for ±amount, {@code relative} for a
 * percentage, {@code exact} for none. The unit is shown after the input.
 */
final class QtiNumericWriter {

    void write(QtiItemWriter w, QuestionContent q, Numeric numeric) {
        w.correct(w.response("single", "float"), List.of(QtiItemWriter.number(numeric.answer().value())));
        w.outcomes(q.points());
        Element line = w.el(w.body(q.prompt()), "p");
        Element entry = w.el(line, "textEntryInteraction");
        entry.setAttribute("responseIdentifier", QtiItemWriter.RESPONSE);
        entry.setAttribute("expectedLength", "10");
        if (numeric.unit() != null && !numeric.unit().isBlank()) {
            line.appendChild(line.getOwnerDocument().createTextNode(" "));
            Element unit = w.el(line, "span");
            unit.setAttribute("class", SteppeToQti.UNIT_CLASS);
            unit.setTextContent(numeric.unit());
        }
        List<AcceptedNumber> accepted = new ArrayList<>();
        accepted.add(numeric.answer());
        accepted.addAll(numeric.alsoAccepted());
        accepted.sort((a, b) -> b.credit().compareTo(a.credit()));
        Element condition = w.el(w.processing(), "responseCondition");
        for (int i = 0; i < accepted.size(); i++) {
            Element branch = w.el(condition, i == 0 ? "responseIf" : "responseElseIf");
            equal(w, branch, accepted.get(i));
            score(w, branch, QtiItemWriter.number(accepted.get(i).credit()));
        }
        score(w, w.el(condition, "responseElse"), "0");
    }

    private void equal(QtiItemWriter w, Element branch, AcceptedNumber number) {
        Element equal = w.el(branch, "equal");
        Tolerance tolerance = number.tolerance();
        if (tolerance instanceof Tolerance.Absolute absolute && absolute.amount().signum() > 0) {
            equal.setAttribute("toleranceMode", "absolute");
            equal.setAttribute("tolerance", QtiItemWriter.number(absolute.amount()));
        } else if (tolerance instanceof Tolerance.Percent percent) {
            equal.setAttribute("toleranceMode", "relative");
            equal.setAttribute("tolerance", QtiItemWriter.number(percent.percent()));
        } else {
            equal.setAttribute("toleranceMode", "exact");
        }
        w.el(equal, "variable").setAttribute("identifier", QtiItemWriter.RESPONSE);
        Element value = w.el(equal, "baseValue");
        value.setAttribute("baseType", "float");
        value.setTextContent(QtiItemWriter.number(number.value()));
    }

    private void score(QtiItemWriter w, Element branch, String credit) {
        Element set = w.el(branch, "setOutcomeValue");
        set.setAttribute("identifier", "SCORE");
        Element value = w.el(set, "baseValue");
        value.setAttribute("baseType", "float");
        value.setTextContent(credit);
    }
}
