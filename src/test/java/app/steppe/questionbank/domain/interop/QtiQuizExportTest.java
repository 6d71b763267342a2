package app.steppe.questionbank.domain.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import app.steppe.questionbank.QtiPackage;
import app.steppe.questionbank.QtiQuizOutline;
import app.steppe.questionbank.QtiQuizOutline.Draw;
import app.steppe.questionbank.domain.qti.QtiXml;

/** A quiz's outline becomes the package's assessmentTest: a section per draw, its selection, order and time limit. */
class QtiQuizExportTest {

    private static final Draw ONE_PERSON = new Draw(Optional.of("people"), 1);

    /** One section of the written test: its item refs, its selection (null when it takes all) and its ordering. */
    record WrittenSection(String title, List<String> items, String select, String shuffle) {
    }

    @Test
    void eachDrawIsASectionThatSelectsWhatTheQuizDrawsWithinTheTimeLimit() throws Exception {
        QtiQuizOutline outline = new QtiQuizOutline("Midterm", Optional.of(Duration.ofMinutes(20)), true, true,
                List.of(ONE_PERSON, new Draw(Optional.of("china"), 2), new Draw(Optional.empty(), 3)));

        QtiPackage export = QtiExport.of(QtiPackages.everyTypeTagged(), outline);

        Element test = assessmentTest(export);
        assertThat(test.getAttribute("title")).isEqualTo("Midterm");
        assertThat(QtiXml.child(test, QtiXml.QTI, "timeLimits").orElseThrow().getAttribute("maxTime"))
                .isEqualTo("1200");
        assertThat(QtiXml.child(test, QtiXml.QTI, "testPart").orElseThrow().getAttribute("navigationMode"))
                .isEqualTo("linear");
        // who-is-who is tagged people and china: it sits in the first section that takes it, once
        assertThat(sections(test)).containsExactly(
                new WrittenSection("people", List.of("ambassador", "who-is-who"), "1", "true"),
                new WrittenSection("china", List.of("active-players", "wait-and-see"), null, "true"),
                new WrittenSection("Midterm", List.of("csto-contingent-size", "security-provider", "chronology",
                        "contingent-blanks", "division-of-labour"), "3", "true"));
        assertThat(export.sections()).containsExactly(new QtiPackage.Section(Optional.of("people"), 1, 2),
                new QtiPackage.Section(Optional.of("china"), 2, 2), new QtiPackage.Section(Optional.empty(), 3, 5));
    }

    @Test
    void aQuestionThatQtiCannotExpressIsReportedAsSkippedAndLeavesItsSectionSmaller() throws Exception {
        QtiQuizOutline outline = new QtiQuizOutline("People", Optional.empty(), false, false,
                List.of(new Draw(Optional.of("people"), 3)));

        QtiPackage export = QtiExport.of(QtiPackages.everyTypeTagged(), outline);

        assertThat(export.lines()).extracting(QtiPackage.Line::slug, QtiPackage.Line::skippedKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ambassador", null),
                org.assertj.core.groups.Tuple.tuple("who-is-who", null),
                org.assertj.core.groups.Tuple.tuple("twice", "qti.export.skipped.fill_blanks"));
        assertThat(export.sections()).containsExactly(new QtiPackage.Section(Optional.of("people"), 2, 2));
        assertThat(sections(assessmentTest(export))).containsExactly(
                new WrittenSection("people", List.of("ambassador", "who-is-who"), null, null));
    }

    @Test
    void questionsThatNoDrawTakesAreNeitherInThePackageNorInTheReport() throws Exception {
        QtiQuizOutline outline = new QtiQuizOutline("China", Optional.empty(), false, false,
                List.of(new Draw(Optional.of("china"), 1)));

        QtiPackage export = QtiExport.of(QtiPackages.everyTypeTagged(), outline);

        assertThat(export.lines()).extracting(QtiPackage.Line::slug)
                .containsExactly("active-players", "wait-and-see", "who-is-who");
        assertThat(QtiPackages.unzip(export.zip()).keySet()).containsExactly("imsmanifest.xml", "assessment.xml",
                "items/active-players.xml", "items/wait-and-see.xml", "items/who-is-who.xml");
        Element test = assessmentTest(export);
        assertThat(QtiXml.child(test, QtiXml.QTI, "timeLimits")).isEmpty();
        assertThat(QtiXml.child(test, QtiXml.QTI, "testPart").orElseThrow().getAttribute("navigationMode"))
                .isEqualTo("nonlinear");
    }

    @Test
    void withoutDrawsTheTestIsOneSectionOfEveryQuestionInTheSetsOrder() throws Exception {
        QtiPackage export = QtiExport.of(QtiPackages.everyTypeTagged(), QtiQuizOutline.wholeSet("All"));

        List<String> exported = export.lines().stream().filter(QtiPackage.Line::exported).map(QtiPackage.Line::slug)
                .toList();
        assertThat(exported).hasSize(9);
        assertThat(sections(assessmentTest(export))).containsExactly(new WrittenSection("All", exported, null, null));
    }

    private static Element assessmentTest(QtiPackage export) throws Exception {
        Map<String, byte[]> files = QtiPackages.unzip(export.zip());
        return QtiXml.parse("assessment.xml", files.get("assessment.xml")).getDocumentElement();
    }

    private static List<WrittenSection> sections(Element test) {
        return QtiXml.descendants(test, QtiXml.QTI, "assessmentSection").stream().map(section -> new WrittenSection(
                section.getAttribute("title"),
                QtiXml.children(section, QtiXml.QTI, "assessmentItemRef").stream()
                        .map(ref -> ref.getAttribute("identifier")).toList(),
                QtiXml.child(section, QtiXml.QTI, "selection").map(s -> s.getAttribute("select")).orElse(null),
                QtiXml.child(section, QtiXml.QTI, "ordering").map(o -> o.getAttribute("shuffle")).orElse(null)))
                .toList();
    }
}
