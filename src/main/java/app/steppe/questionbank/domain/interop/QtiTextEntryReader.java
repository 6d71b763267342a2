package app.steppe.questionbank.domain.interop;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Element;

import app.steppe.questionbank.domain.AcceptedNumber;
import app.steppe.questionbank.domain.AcceptedText;
import app.steppe.questionbank.domain.AnswerSpec;
import app.steppe.questionbank.domain.Numeric;
import app.steppe.questionbank.domain.ShortText;
import app.steppe.questionbank.domain.Tolerance;
import app.steppe.questionbank.domain.qti.QtiXml;

/**
 * A text entry: a number when the response is a float or an integer (values and tolerances from the {@code equal}
 * conditions of the response processing, else the correct response exactly), short text otherwise (the mapping's
 * answers with their credit, else the correct responses).
 */
final class QtiTextEntryReader {

    private final QtiToSteppe mapper;

    QtiTextEntryReader(QtiToSteppe mapper) {
        this.mapper = mapper;
    }

    AnswerSpec read(Element body, QtiResponse key) {
        if ("float".equals(key.baseType()) || "integer".equals(key.baseType())) {
            return numeric(body, key);
        }
        List<AcceptedText> answers = accepted(key);
        if (answers.isEmpty()) {
            return mapper.reject("interop.reject.noFullCredit");
        }
        boolean caseSensitive = key.mapping().stream().anyMatch(QtiResponse.Entry::caseSensitive);
        return new ShortText(answers, caseSensitive);
    }

    /** The mapping's answers worth something, with their share of the best; else the correct responses. */
    List<AcceptedText> accepted(QtiResponse key) {
        List<AcceptedText> answers = new ArrayList<>();
        BigDecimal best = key.mapping().stream().map(QtiResponse.Entry::value).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        for (QtiResponse.Entry entry : key.mapping()) {
            if (entry.value().signum() > 0) {
                answers.add(new AcceptedText(entry.key(), credit(entry.value(), best)));
            } else if (entry.value().signum() < 0) {
                mapper.notes.add(ImportNote.of("interop.warn.negative", entry.key(), entry.value().toPlainString()));
            }
        }
        if (answers.isEmpty()) {
            key.correct().stream().filter(c -> !c.isEmpty()).distinct()
                    .forEach(c -> answers.add(AcceptedText.fullCredit(c)));
        }
        return answers;
    }

    private AnswerSpec numeric(Element body, QtiResponse key) {
        List<AcceptedNumber> accepted = new ArrayList<>();
        if (key.processing() != null) {
            for (Element equal : QtiXml.descendants(key.processing(), QtiXml.QTI, "equal")) {
                condition(equal).ifPresent(accepted::add);
            }
        }
        if (accepted.isEmpty()) {
            key.correct().stream().map(QtiResponse::decimal).filter(v -> v != null).findFirst()
                    .ifPresent(v -> accepted.add(AcceptedNumber.exactly(v)));
        }
        if (accepted.isEmpty()) {
            return mapper.reject("interop.reject.noFullCredit");
        }
        BigDecimal best = accepted.stream().map(AcceptedNumber::credit).max(BigDecimal::compareTo).orElseThrow();
        List<AcceptedNumber> scaled = accepted.stream()
                .map(a -> new AcceptedNumber(a.value(), a.tolerance(), credit(a.credit(), best))).toList();
        AcceptedNumber main = scaled.stream().filter(a -> a.credit().compareTo(BigDecimal.ONE) == 0).findFirst()
                .orElseThrow();
        List<AcceptedNumber> others = new ArrayList<>(scaled);
        others.remove(main);
        String unit = QtiXml.descendants(body, QtiXml.QTI, "span").stream()
                .filter(s -> s.getAttribute("class").contains(SteppeToQti.UNIT_CLASS))
                .map(s -> s.getTextContent().strip()).findFirst().orElse(null);
        return new Numeric(main, others, unit);
    }

    /** {@code <equal toleranceMode=…><variable/><baseValue>v</baseValue></equal>} and the SCORE it sets. */
    private static Optional<AcceptedNumber> condition(Element equal) {
        Optional<BigDecimal> value = QtiXml.child(equal, QtiXml.QTI, "baseValue")
                .map(v -> QtiResponse.decimal(v.getTextContent()));
        Optional<BigDecimal> score = Optional.ofNullable(equal.getParentNode())
                .filter(Element.class::isInstance).map(Element.class::cast)
                .flatMap(branch -> QtiXml.children(branch, QtiXml.QTI, "setOutcomeValue").stream()
                        .filter(s -> "SCORE".equals(s.getAttribute("identifier"))).findFirst())
                .flatMap(s -> QtiXml.child(s, QtiXml.QTI, "baseValue"))
                .map(v -> QtiResponse.decimal(v.getTextContent()));
        if (value.isEmpty() || score.isEmpty() || score.get().signum() <= 0) {
            return Optional.empty();
        }
        String[] tolerances = equal.getAttribute("tolerance").strip().split("\\s+");
        BigDecimal amount = QtiResponse.decimal(tolerances[0]);
        Tolerance tolerance = Tolerance.EXACT;
        if (amount != null && amount.signum() > 0) {
            tolerance = "relative".equals(equal.getAttribute("toleranceMode")) ? new Tolerance.Percent(amount)
                    : "absolute".equals(equal.getAttribute("toleranceMode")) ? new Tolerance.Absolute(amount)
                    : Tolerance.EXACT;
        }
        return Optional.of(new AcceptedNumber(value.get(), tolerance, score.get()));
    }

    private static BigDecimal credit(BigDecimal value, BigDecimal best) {
        if (best.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal credit = value.divide(best, new MathContext(6)).stripTrailingZeros();
        return credit.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : credit;
    }
}
