package app.steppe.questionbank.domain.interop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import app.steppe.questionbank.domain.AcceptedText;
import app.steppe.questionbank.domain.AnswerSpec;
import app.steppe.questionbank.domain.Blank;
import app.steppe.questionbank.domain.FillBlanks;
import app.steppe.questionbank.domain.qti.QtiXml;

/**
 * Inline interactions in running text as a fill-in-the-blanks passage: a text entry is a typed blank, an inline
 * choice a drop-down. Steppe's own passage ({@value QtiBlanksWriter#PASSAGE_CLASS}) is read back as written, its gaps
 * numbered by their responses; another tool's item body becomes the passage, its gaps numbered in reading order.
 */
final class QtiBlanksReader {

    static final Set<String> INLINE = Set.of("textEntryInteraction", "inlineChoiceInteraction");
    private final QtiToSteppe mapper;

    QtiBlanksReader(QtiToSteppe mapper) {
        this.mapper = mapper;
    }

    /** A passage when every interaction is inline and there are several, or a drop-down among them. */
    static boolean applies(List<Element> interactions) {
        return !interactions.isEmpty() && interactions.stream().allMatch(i -> INLINE.contains(i.getLocalName()))
                && (interactions.size() > 1 || "inlineChoiceInteraction".equals(interactions.get(0).getLocalName()));
    }

    static Optional<Element> steppePassage(Element body) {
        return QtiXml.children(body, QtiXml.QTI, "div").stream()
                .filter(d -> d.getAttribute("class").contains(QtiBlanksWriter.PASSAGE_CLASS)).findFirst();
    }

    AnswerSpec read(Element item, Element body, List<Element> interactions) {
        Map<Element, Integer> gaps = numbers(interactions);
        Optional<Element> own = steppePassage(body);
        String text = own.isPresent() ? ownPassage(own.get(), gaps)
                : mapper.text.passage(body, QtiToSteppe.NOT_PROMPT, gaps);
        List<Blank> blanks = new ArrayList<>();
        for (int number = 1; number <= interactions.size(); number++) {
            Element interaction = interactionNumbered(gaps, number);
            Optional<Element> declaration = QtiXml.children(item, QtiXml.QTI, "responseDeclaration").stream()
                    .filter(r -> r.getAttribute("identifier").equals(interaction.getAttribute("responseIdentifier")))
                    .findFirst();
            if (declaration.isEmpty()) {
                return mapper.reject("qti.reject.noResponse");
            }
            Blank blank = blank(interaction, QtiResponse.of(item, declaration.get()));
            if (blank == null) {
                return mapper.reject("interop.reject.noFullCredit");
            }
            blanks.add(blank);
        }
        return new FillBlanks(text, blanks);
    }

    private Blank blank(Element interaction, QtiResponse key) {
        if ("textEntryInteraction".equals(interaction.getLocalName())) {
            List<AcceptedText> answers = new QtiTextEntryReader(mapper).accepted(key);
            return answers.isEmpty() ? null : new Blank.Typed(answers);
        }
        Map<String, String> choices = new LinkedHashMap<>();
        QtiXml.children(interaction, QtiXml.QTI, "inlineChoice")
                .forEach(c -> choices.put(c.getAttribute("identifier"), c.getTextContent().strip()));
        String correct = key.correct().isEmpty() ? null : choices.get(key.correct().get(0));
        return correct == null ? null : new Blank.Choice(new ArrayList<>(choices.values()), correct);
    }

    private static String ownPassage(Element passage, Map<Element, Integer> gaps) {
        List<String> paragraphs = new ArrayList<>();
        for (Element p : QtiXml.children(passage, QtiXml.QTI, "p")) {
            StringBuilder text = new StringBuilder();
            for (Node node = p.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element && gaps.containsKey(element)) {
                    text.append("[[").append(gaps.get(element)).append("]]");
                } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                    text.append(node.getNodeValue());
                }
            }
            paragraphs.add(text.toString());
        }
        return String.join("\n\n", paragraphs);
    }

    /** Steppe's RESPONSE_n when they number the gaps 1…n, else the order in which the gaps are read. */
    private static Map<Element, Integer> numbers(List<Element> interactions) {
        Map<Element, Integer> numbers = new LinkedHashMap<>();
        Set<Integer> seen = new HashSet<>();
        for (Element interaction : interactions) {
            String id = interaction.getAttribute("responseIdentifier");
            if (id.matches(QtiBlanksWriter.RESPONSE_PREFIX + "\\d{1,4}")) {
                int n = Integer.parseInt(id.substring(QtiBlanksWriter.RESPONSE_PREFIX.length()));
                if (n >= 1 && n <= interactions.size() && seen.add(n)) {
                    numbers.put(interaction, n);
                    continue;
                }
            }
            numbers.clear();
            break;
        }
        if (numbers.size() != interactions.size()) {
            numbers.clear();
            for (int i = 0; i < interactions.size(); i++) {
                numbers.put(interactions.get(i), i + 1);
            }
        }
        return numbers;
    }

    private static Element interactionNumbered(Map<Element, Integer> gaps, int number) {
        return gaps.entrySet().stream().filter(e -> e.getValue() == number).map(Map.Entry::getKey).findFirst()
                .orElseThrow();
    }
}
