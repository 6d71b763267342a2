package app.steppe.questionbank.domain.interop;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.w3c.dom.Element;

import app.steppe.questionbank.domain.AnswerSpec;
import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.MatchPair;
import app.steppe.questionbank.domain.Matching;
import app.steppe.questionbank.domain.MultipleResponse;
import app.steppe.questionbank.domain.Ordering;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.TrueFalse;
import app.steppe.questionbank.domain.qti.QtiXml;

/** The interactions made of choices: choice (single, multiple, true/false), order, match and associate. */
final class QtiChoiceReader {

    private static final BigDecimal SLACK = new BigDecimal("0.005");
    private final QtiToSteppe mapper;

    QtiChoiceReader(QtiToSteppe mapper) {
        this.mapper = mapper;
    }

    AnswerSpec choice(Element interaction, QtiResponse key) {
        List<Element> choices = QtiXml.children(interaction, QtiXml.QTI, "simpleChoice");
        List<String> correct = correctIds(key);
        List<ChoiceOption> options = new ArrayList<>();
        for (Element choice : choices) {
            String feedback = QtiXml.child(choice, QtiXml.QTI, "feedbackInline")
                    .map(f -> mapper.text.of(f, Set.of())).filter(f -> !f.isBlank()).orElse(null);
            options.add(new ChoiceOption(mapper.text.of(choice, QtiToSteppe.NOT_PROMPT),
                    correct.contains(choice.getAttribute("identifier")), feedback));
        }
        if (correct.isEmpty()) {
            return mapper.reject("interop.reject.noFullCredit");
        }
        if ("multiple".equals(key.cardinality())) {
            return new MultipleResponse(options, scoring(key, correct.size()));
        }
        if (correct.size() > 1) {
            return mapper.reject("interop.reject.severalRight", correct.size());
        }
        Optional<TrueFalse> trueFalse = trueFalse(options);
        if (trueFalse.isPresent()) {
            return trueFalse.get();
        }
        return new SingleChoice(options, "true".equals(interaction.getAttribute("shuffle")));
    }

    AnswerSpec order(Element interaction, QtiResponse key) {
        Map<String, String> texts = texts(QtiXml.children(interaction, QtiXml.QTI, "simpleChoice"));
        if (key.correct().isEmpty() || !texts.keySet().containsAll(key.correct())) {
            return mapper.reject("interop.reject.noFullCredit");
        }
        return new Ordering(key.correct().stream().map(texts::get).toList());
    }

    /** match (two sets: left and right) or associate (one set; each correct pair reads left to right). */
    AnswerSpec pairs(Element interaction, QtiResponse key) {
        List<Element> all = QtiXml.descendants(interaction, QtiXml.QTI, "simpleAssociableChoice");
        Map<String, String> texts = texts(all);
        List<Element> sets = QtiXml.children(interaction, QtiXml.QTI, "simpleMatchSet");
        Map<String, String> rights = sets.size() == 2
                ? texts(QtiXml.children(sets.get(1), QtiXml.QTI, "simpleAssociableChoice")) : new LinkedHashMap<>(texts);
        List<MatchPair> pairs = new ArrayList<>();
        for (String value : key.correct()) {
            String[] ids = value.split("\\s+");
            if (ids.length != 2 || !texts.containsKey(ids[0]) || !texts.containsKey(ids[1])) {
                return mapper.reject("qti.reject.badPair", value);
            }
            pairs.add(new MatchPair(texts.get(ids[0]), texts.get(ids[1])));
            rights.remove(ids[1]);
            if (sets.size() != 2) {
                rights.remove(ids[0]);
            }
        }
        if (pairs.isEmpty()) {
            return mapper.reject("interop.reject.noFullCredit");
        }
        return new Matching(pairs, new ArrayList<>(rights.values()));
    }

    private Map<String, String> texts(List<Element> choices) {
        Map<String, String> texts = new LinkedHashMap<>();
        choices.forEach(c -> texts.put(c.getAttribute("identifier"), mapper.text.of(c, QtiToSteppe.NOT_PROMPT)));
        return texts;
    }

    /** The correct response; without one, the mapped choices worth the most (how some tools write the key). */
    private static List<String> correctIds(QtiResponse key) {
        if (!key.correct().isEmpty() || key.mapping().isEmpty()) {
            return key.correct();
        }
        if ("multiple".equals(key.cardinality())) {
            return key.mapping().stream().filter(e -> e.value().signum() > 0).map(QtiResponse.Entry::key).toList();
        }
        BigDecimal best = key.mapping().stream().map(QtiResponse.Entry::value).max(BigDecimal::compareTo).orElseThrow();
        return best.signum() > 0 ? key.mapping().stream().filter(e -> e.value().compareTo(best) == 0)
                .map(QtiResponse.Entry::key).toList() : List.of();
    }

    /** Steppe's partial credit (±1/k) when the item maps choices; all or nothing otherwise. */
    private MultipleResponse.Scoring scoring(QtiResponse key, int k) {
        if (!key.partialCredit()) {
            return MultipleResponse.Scoring.ALL_OR_NOTHING;
        }
        BigDecimal share = BigDecimal.ONE.divide(BigDecimal.valueOf(k), new MathContext(6));
        boolean steppes = key.mapping().stream().allMatch(e -> e.value().abs().subtract(share).abs().compareTo(SLACK) <= 0);
        if (!steppes) {
            mapper.notes.add(ImportNote.of("interop.warn.weights"));
        }
        return MultipleResponse.Scoring.RIGHT_MINUS_WRONG;
    }

    private static Optional<TrueFalse> trueFalse(List<ChoiceOption> options) {
        if (options.size() != 2) {
            return Optional.empty();
        }
        String first = options.get(0).text().strip().toLowerCase(Locale.ROOT);
        String second = options.get(1).text().strip().toLowerCase(Locale.ROOT);
        if (!first.equals("true") || !second.equals("false")) {
            return Optional.empty();
        }
        return Optional.of(new TrueFalse(options.get(0).correct(), options.get(0).feedback(), options.get(1).feedback()));
    }
}
