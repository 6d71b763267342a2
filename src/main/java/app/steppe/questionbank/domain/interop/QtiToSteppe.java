package app.steppe.questionbank.domain.interop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import app.steppe.questionbank.domain.AnswerSpec;
import app.steppe.questionbank.domain.Essay;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.qti.QtiXml;

/**
 * One QTI 2.1 {@code assessmentItem} as a Steppe question: the item must have exactly one interaction of a kind
 * Steppe has (choice, text entry, extended text, match, associate, order); the answer key comes from its response
 * declaration and, for numbers, from the {@code equal} conditions of its response processing. What cannot be kept
 * is said in the notes; what cannot be imported leaves no content and the reason.
 */
final class QtiToSteppe {

    static final String ID_PREFIX = "steppe-";
    static final Set<String> INTERACTIONS = Set.of("choiceInteraction", "textEntryInteraction",
            "extendedTextInteraction", "matchInteraction", "associateInteraction", "orderInteraction",
            "inlineChoiceInteraction");
    /** What is not part of the prompt: interactions, the scorer's rubric, feedback. */
    static final Set<String> NOT_PROMPT = Set.of("choiceInteraction", "textEntryInteraction",
            "extendedTextInteraction", "matchInteraction", "associateInteraction", "orderInteraction",
            "inlineChoiceInteraction", "rubricBlock", "feedbackBlock", "feedbackInline", "templateBlock", "templateInline");

    final List<ImportNote> notes = new ArrayList<>();
    final QtiText text = new QtiText();

    private final String slug;

    /** One mapper per item: {@code slug} is the id the question gets. */
    QtiToSteppe(String slug) {
        this.slug = slug;
    }

    GiftToSteppe.Mapped map(Document document) {
        Element item = document.getDocumentElement();
        if ("questestinterop".equals(item.getLocalName())) {
            return rejected("qti.reject.qti12");
        }
        if (!QtiXml.QTI.equals(item.getNamespaceURI()) || !"assessmentItem".equals(item.getLocalName())) {
            return rejected("qti.reject.notQti");
        }
        Optional<Element> body = QtiXml.child(item, QtiXml.QTI, "itemBody");
        if (body.isEmpty()) {
            return rejected("qti.reject.noInteraction");
        }
        List<Element> interactions = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        collectInteractions(body.get(), interactions, unknown);
        if (!unknown.isEmpty()) {
            return rejected("qti.reject.interaction", String.join(", ", unknown));
        }
        if (QtiBlanksReader.applies(interactions)) {
            return passage(item, body.get(), interactions);
        }
        if (interactions.size() != 1) {
            return interactions.isEmpty() ? rejected("qti.reject.noInteraction")
                    : rejected("qti.reject.severalInteractions", interactions.size());
        }
        Element interaction = interactions.get(0);
        Optional<Element> response = QtiXml.children(item, QtiXml.QTI, "responseDeclaration").stream()
                .filter(r -> r.getAttribute("identifier").equals(interaction.getAttribute("responseIdentifier")))
                .findFirst();
        if (response.isEmpty()) {
            return rejected("qti.reject.noResponse");
        }
        AnswerSpec answer = answer(item, body.get(), interaction, response.get());
        if (answer == null) {
            return new GiftToSteppe.Mapped(null, notes);
        }
        return mapped(item, prompt(body.get(), interaction), answer);
    }

    /** Several inline interactions: a fill-in-the-blanks passage; another tool's body is all passage. */
    private GiftToSteppe.Mapped passage(Element item, Element body, List<Element> interactions) {
        AnswerSpec answer = new QtiBlanksReader(this).read(item, body, interactions);
        if (answer == null) {
            return new GiftToSteppe.Mapped(null, notes);
        }
        String prompt = QtiBlanksReader.steppePassage(body).isPresent() ? text.of(body, NOT_PROMPT)
                : item.getAttribute("title").strip();
        return mapped(item, prompt, answer);
    }

    private GiftToSteppe.Mapped mapped(Element item, String prompt, AnswerSpec answer) {
        String explanation = explanation(item);
        if (!text.droppedTags().isEmpty()) {
            notes.add(ImportNote.of("interop.warn.htmlDropped", String.join(", ", text.droppedTags())));
        }
        QuestionContent content = new QuestionContent(slug, prompt, points(item), List.of(), explanation, List.of(),
                answer);
        return new GiftToSteppe.Mapped(content, notes);
    }

    private AnswerSpec answer(Element item, Element body, Element interaction, Element response) {
        QtiResponse key = QtiResponse.of(item, response);
        switch (interaction.getLocalName()) {
            case "choiceInteraction":
                return new QtiChoiceReader(this).choice(interaction, key);
            case "orderInteraction":
                return new QtiChoiceReader(this).order(interaction, key);
            case "matchInteraction":
            case "associateInteraction":
                return new QtiChoiceReader(this).pairs(interaction, key);
            case "textEntryInteraction":
                return new QtiTextEntryReader(this).read(body, key);
            default:
                return essay(body, interaction);
        }
    }

    private Essay essay(Element body, Element interaction) {
        Optional<Element> rubric = QtiXml.descendants(body, QtiXml.QTI, "rubricBlock").stream()
                .filter(r -> r.getAttribute("view").contains("scorer")).findFirst();
        String rubricText = rubric.map(r -> text.of(r, Set.of())).filter(r -> !r.isBlank()).orElse(null);
        if (rubricText == null) {
            notes.add(ImportNote.of("interop.warn.noRubric"));
            rubricText = SteppeNotes.MISSING_RUBRIC;
        }
        int maxWords = SteppeNotes.DEFAULT_MAX_WORDS;
        for (String name : interaction.getAttribute("class").split("\\s+")) {
            if (name.matches(SteppeToQti.MAX_WORDS_CLASS + "\\d{1,5}")) {
                maxWords = Integer.parseInt(name.substring(SteppeToQti.MAX_WORDS_CLASS.length()));
            }
        }
        return new Essay(rubricText, maxWords);
    }

    private String prompt(Element body, Element interaction) {
        String outside = text.of(body, NOT_PROMPT);
        String inside = QtiXml.child(interaction, QtiXml.QTI, "prompt").map(p -> text.of(p, Set.of())).orElse("");
        if (outside.isBlank() || inside.isBlank()) {
            return outside.isBlank() ? inside : outside;
        }
        return outside + "\n\n" + inside;
    }

    private String explanation(Element item) {
        List<String> feedback = QtiXml.children(item, QtiXml.QTI, "modalFeedback").stream()
                .map(f -> text.of(f, Set.of())).filter(t -> !t.isBlank()).toList();
        return feedback.isEmpty() ? null : String.join("\n\n", feedback);
    }

    /** MAXSCORE's default (Steppe writes the points there); one point when the item does not say. */
    private static BigDecimal points(Element item) {
        return QtiXml.children(item, QtiXml.QTI, "outcomeDeclaration").stream()
                .filter(o -> "MAXSCORE".equals(o.getAttribute("identifier")))
                .flatMap(o -> QtiXml.descendants(o, QtiXml.QTI, "value").stream())
                .map(v -> QtiResponse.decimal(v.getTextContent()))
                .filter(v -> v != null && v.signum() > 0).findFirst()
                .orElse(QuestionContent.DEFAULT_POINTS);
    }

    private static void collectInteractions(Element parent, List<Element> found, Set<String> unknown) {
        for (Element child : QtiXml.children(parent, QtiXml.QTI, null)) {
            String name = child.getLocalName();
            if (INTERACTIONS.contains(name)) {
                found.add(child);
            } else if (name.endsWith("Interaction")) {
                unknown.add(name);
            } else {
                collectInteractions(child, found, unknown);
            }
        }
    }

    GiftToSteppe.Mapped rejected(String key, Object... args) {
        notes.add(ImportNote.of(key, args));
        return new GiftToSteppe.Mapped(null, notes);
    }

    AnswerSpec reject(String key, Object... args) {
        notes.add(ImportNote.of(key, args));
        return null;
    }
}
