package app.steppe.questionbank.domain.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import app.steppe.questionbank.QtiQuizOutline;
import app.steppe.questionbank.QtiQuizOutline.Draw;
import app.steppe.questionbank.domain.qti.QtiXml;

/**
 * The rules Canvas's QTI importer applies to a package (instructure/canvas-lms, lib/canvas/migration and its Qti
 * converters: Qti::Converter.is_qti_2, Qti.convert_questions / convert_assessments, AssessmentItemConverter,
 * AssessmentTestConverter), checked on what Steppe writes, since no Canvas can be reached from here:
 * <ul>
 * <li>the manifest is taken for QTI 2 when a namespace is a QTI 2 one or its {@code metadata/schema} matches
 * {@code /QTIv2\./i} (else Canvas runs its QTI 1.2 converter on it);</li>
 * <li>questions are the resources whose type starts with {@code imsqti_item_xmlv2p}, quizzes those of type
 * {@code imsqti_test_xmlv2p1}, each read from its {@code href};</li>
 * <li>a question's id is its {@code assessmentItem/@identifier}, and a quiz finds it by its
 * {@code assessmentItemRef/@identifier}: the two must be equal;</li>
 * <li>the quiz's time limit is {@code timeLimits/@maxTime} in seconds; a section with {@code selection/@select}
 * becomes a question group picking that many; a visible section's title becomes a text-only question, so
 * Steppe's sections are not visible.</li>
 * </ul>
 */
class CanvasQtiImportRulesTest {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aSetAndAQuizPackageFollowCanvassImportRules(boolean quiz) throws Exception {
        QtiQuizOutline outline = quiz
                ? new QtiQuizOutline("Midterm", Optional.of(Duration.ofMinutes(25)), true, false,
                        List.of(new Draw(Optional.of("china"), 1), new Draw(Optional.empty(), 2)))
                : QtiQuizOutline.wholeSet("Every type");
        Map<String, byte[]> files = QtiPackages.unzip(QtiExport.of(QtiPackages.everyTypeTagged(), outline).zip());

        Element manifest = QtiXml.parse("imsmanifest.xml", files.get("imsmanifest.xml")).getDocumentElement();
        String schema = QtiXml.descendants(manifest, QtiXml.CP, "schema").get(0).getTextContent();
        assertThat(schema).containsPattern("(?i)QTIv2\\.");

        List<Element> resources = QtiXml.descendants(manifest, QtiXml.CP, "resource");
        List<String> itemIds = resources.stream().filter(r -> r.getAttribute("type").startsWith("imsqti_item_xmlv2p"))
                .map(r -> identifierOf(files, r.getAttribute("href"), "assessmentItem")).toList();
        List<Element> tests = resources.stream().filter(r -> r.getAttribute("type").equals("imsqti_test_xmlv2p1"))
                .toList();
        assertThat(itemIds).isNotEmpty().doesNotHaveDuplicates();
        assertThat(tests).hasSize(1);

        Document test = parse(files, tests.get(0).getAttribute("href"));
        List<String> refs = QtiXml.descendants(test.getDocumentElement(), QtiXml.QTI, "assessmentItemRef").stream()
                .map(ref -> ref.getAttribute("identifier").replace(':', '-')).toList();
        assertThat(refs).as("every question the quiz names is a question Canvas imported")
                .containsExactlyInAnyOrderElementsOf(itemIds);
        assertThat(QtiXml.descendants(test.getDocumentElement(), QtiXml.QTI, "testPart")).hasSize(1);

        List<Element> sections = QtiXml.descendants(test.getDocumentElement(), QtiXml.QTI, "assessmentSection");
        assertThat(sections).allSatisfy(section -> assertThat(section.getAttribute("visible")).isEqualTo("false"));
        List<Element> limits = QtiXml.descendants(test.getDocumentElement(), QtiXml.QTI, "timeLimits");
        List<String> picks = QtiXml.descendants(test.getDocumentElement(), QtiXml.QTI, "selection").stream()
                .map(selection -> selection.getAttribute("select")).toList();
        if (quiz) {
            assertThat(limits).singleElement().satisfies(limit -> assertThat(Integer.parseInt(
                    limit.getAttribute("maxTime")) / 60).as("Canvas minutes").isEqualTo(25));
            assertThat(picks).containsExactly("1", "2");
        } else {
            assertThat(limits).isEmpty();
            assertThat(picks).isEmpty();
        }
    }

    private static String identifierOf(Map<String, byte[]> files, String href, String root) {
        Element element = parse(files, href).getDocumentElement();
        assertThat(element.getLocalName()).isEqualTo(root);
        return element.getAttribute("identifier").replace(':', '-');
    }

    private static Document parse(Map<String, byte[]> files, String href) {
        assertThat(files).as("the package holds " + href).containsKey(href);
        try {
            return QtiXml.parse(href, files.get(href));
        } catch (Exception e) {
            throw new AssertionError(href + " is not well-formed XML", e);
        }
    }
}
