package app.steppe.questionbank.domain.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import app.steppe.questionbank.domain.AcceptedNumber;
import app.steppe.questionbank.domain.AcceptedText;
import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.Essay;
import app.steppe.questionbank.domain.MatchPair;
import app.steppe.questionbank.domain.Matching;
import app.steppe.questionbank.domain.MultipleResponse;
import app.steppe.questionbank.domain.Numeric;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.ShortText;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.TrueFalse;

/** Importing QTI 2.1 packages written by other tools, and refusing what is not one, or is hostile. */
class QtiImportPlannerTest {

    private static final String ITEM_HEAD = "<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\" "
            + "identifier=\"x\" title=\"X\" adaptive=\"false\" timeDependent=\"false\">";
    private static final String CHOICE_ITEM = ITEM_HEAD
            + "<responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\" baseType=\"identifier\">"
            + "<correctResponse><value>a</value></correctResponse></responseDeclaration>"
            + "<itemBody><choiceInteraction responseIdentifier=\"RESPONSE\" shuffle=\"false\" maxChoices=\"1\">"
            + "<prompt>Pick</prompt><simpleChoice identifier=\"a\">A</simpleChoice>"
            + "<simpleChoice identifier=\"b\">B</simpleChoice></choiceInteraction></itemBody></assessmentItem>";

    private final QtiImportPlanner planner = new QtiImportPlanner();

    @Test
    void importsAHandWrittenCanvasStylePackageItemByItem() {
        ImportPlan plan = planner.plan(QtiPackages.resourcePackage("canvas-style", "imsmanifest.xml", "assessment.xml",
                "items/capital.xml", "items/csto members.xml", "items/landlocked.xml", "items/river.xml",
                "items/year.xml", "items/leaders.xml", "items/essay.xml"));

        assertThat(plan.fileProblem()).isNull();
        assertThat(plan.lines()).extracting(ImportLine::line, ImportLine::title, ImportLine::status).containsExactly(
                tuple(1, "Capital of Kazakhstan", ImportLine.Status.IMPORTED),
                tuple(2, "CSTO members", ImportLine.Status.IMPORTED),
                tuple(3, "Landlocked", ImportLine.Status.IMPORTED),
                tuple(4, "River", ImportLine.Status.IMPORTED),
                tuple(5, "Independence", ImportLine.Status.IMPORTED),
                tuple(6, "Leaders", ImportLine.Status.IMPORTED),
                tuple(7, "Essay", ImportLine.Status.IMPORTED_WITH_WARNINGS));
        assertThat(plan.importable()).isTrue();
        List<QuestionContent> q = plan.questions();
        assertThat(q).allMatch(question -> question.citations().isEmpty());

        assertThat(q.get(0).slug()).isEqualTo("i5f0c2a61"); // the item's identifier, as Canvas wrote it
        assertThat(q.get(0).prompt()).isEqualTo("What is the **capital** of Kazakhstan?");
        assertThat(q.get(0).answer()).isEqualTo(new SingleChoice(List.of(ChoiceOption.wrong("Almaty"),
                ChoiceOption.right("Astana"), ChoiceOption.wrong("Shymkent")), true));
        assertThat(q.get(0).explanation()).isEqualTo("Astana has been the capital since 1997.");

        assertThat(q.get(1).prompt()).isEqualTo("Which of these states are members of the *CSTO*?");
        assertThat(q.get(1).answer()).isEqualTo(new MultipleResponse(List.of(ChoiceOption.right("Kazakhstan"),
                ChoiceOption.right("Russia"), ChoiceOption.wrong("China")), MultipleResponse.Scoring.RIGHT_MINUS_WRONG));

        assertThat(q.get(2).answer()).isEqualTo(new TrueFalse(true, null, null));
        assertThat(q.get(2).prompt()).isEqualTo("Kazakhstan is the largest landlocked country.");

        assertThat(q.get(3).prompt()).isEqualTo("Which river flows through Semey? \\_\\_\\_\\_\\_");
        assertThat(q.get(3).points()).isEqualByComparingTo("2");
        assertThat(q.get(3).answer()).isEqualTo(new ShortText(List.of(AcceptedText.fullCredit("Irtysh"),
                AcceptedText.fullCredit("Ertis"), new AcceptedText("Ob", new BigDecimal("0.5"))), false));

        assertThat(q.get(4).answer()).isEqualTo(new Numeric(AcceptedNumber.exactly(new BigDecimal("1991")), List.of(),
                null));

        assertThat(q.get(5).prompt()).isEqualTo("Match each leader with the office held in January 2022.");
        assertThat(q.get(5).answer()).isEqualTo(new Matching(List.of(new MatchPair("Tokayev", "President of Kazakhstan"),
                new MatchPair("Zas", "CSTO Secretary General")), List.of("Prime Minister of Russia")));

        assertThat(q.get(6).prompt()).startsWith("Explain why China stayed in the background.\\\nUse two arguments.")
                .contains("Map of the region");
        assertThat(q.get(6).answer()).isInstanceOf(Essay.class);
        assertThat(plan.lines().get(6).notes()).extracting(ImportNote::key).containsExactly(
                "interop.warn.noRubric", "interop.warn.htmlDropped", "interop.warn.notGrounded");
    }

    @Test
    void anotherToolsSentenceWithADropDownAndATypedGapBecomesAPassageWithBlanks() {
        String item = ITEM_HEAD
                + "<responseDeclaration identifier=\"R_org\" cardinality=\"single\" baseType=\"identifier\">"
                + "<correctResponse><value>o1</value></correctResponse></responseDeclaration>"
                + "<responseDeclaration identifier=\"R_size\" cardinality=\"single\" baseType=\"string\">"
                + "<correctResponse><value>2030</value></correctResponse></responseDeclaration>"
                + "<itemBody><p>The <inlineChoiceInteraction responseIdentifier=\"R_org\" shuffle=\"false\">"
                + "<inlineChoice identifier=\"o1\">CSTO</inlineChoice><inlineChoice identifier=\"o2\">SCO</inlineChoice>"
                + "</inlineChoiceInteraction> sent <textEntryInteraction responseIdentifier=\"R_size\"/> troops.</p>"
                + "</itemBody></assessmentItem>";
        Map<String, String> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", QtiPackages.manifest("gaps.xml"));
        files.put("gaps.xml", item);

        ImportPlan plan = planner.plan(QtiPackages.zip(files));

        assertThat(plan.importable()).isTrue();
        assertThat(plan.questions().get(0).prompt()).isEqualTo("X");
        assertThat(plan.questions().get(0).answer()).isEqualTo(new app.steppe.questionbank.domain.FillBlanks(
                "The [[1]] sent [[2]] troops.", List.of(
                        new app.steppe.questionbank.domain.Blank.Choice(List.of("CSTO", "SCO"), "CSTO"),
                        new app.steppe.questionbank.domain.Blank.Typed(List.of(AcceptedText.fullCredit("2030"))))));
    }

    @Test
    void aFileThatIsNotAZipIsRefusedWithAMessage() {
        assertThat(planner.plan("::question{=right ~wrong}".getBytes()).fileProblem())
                .isEqualTo(ImportNote.of("qti.problem.notZip"));
        assertThat(planner.plan(new byte[0]).fileProblem()).isEqualTo(ImportNote.of("qti.problem.notZip"));
    }

    @Test
    void aZipWithoutAManifestIsNotAPackage() {
        assertThat(planner.plan(QtiPackages.zip(Map.of("item.xml", CHOICE_ITEM))).fileProblem())
                .isEqualTo(ImportNote.of("qti.problem.noManifest"));
    }

    @Test
    void anExternalEntityInTheManifestIsRefusedAndNeverRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE manifest [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\" identifier=\"m\"><organizations/>"
                + "<resources><resource identifier=\"r\" type=\"imsqti_item_xmlv2p1\" href=\"&xxe;\"/></resources></manifest>";

        ImportPlan plan = planner.plan(QtiPackages.zip(Map.of("imsmanifest.xml", xxe)));

        assertThat(plan.fileProblem()).isEqualTo(ImportNote.of("qti.problem.badXml", "imsmanifest.xml"));
    }

    @Test
    void anItemWithAnEntityBombOrAnExternalEntityIsRejectedAndNothingIsImported() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
                + CHOICE_ITEM.replace(">Pick<", ">&lol2;<");
        String external = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"http://127.0.0.1:1/x\">]>"
                + CHOICE_ITEM.replace(">Pick<", ">&x;<");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", QtiPackages.manifest("good.xml", "laughs.xml", "external.xml"));
        files.put("good.xml", CHOICE_ITEM);
        files.put("laughs.xml", laughs);
        files.put("external.xml", external);

        ImportPlan plan = planner.plan(QtiPackages.zip(files));

        assertThat(plan.lines()).extracting(ImportLine::status, l -> l.notes().get(0)).containsExactly(
                tuple(ImportLine.Status.IMPORTED, ImportNote.of("interop.warn.notGrounded")),
                tuple(ImportLine.Status.REJECTED, ImportNote.of("qti.problem.badXml", "laughs.xml")),
                tuple(ImportLine.Status.REJECTED, ImportNote.of("qti.problem.badXml", "external.xml")));
        assertThat(plan.importable()).isFalse();
    }

    @Test
    void anItemNestedTooDeeplyIsRejectedAsBadXml() {
        String deep = CHOICE_ITEM.replace("<prompt>Pick</prompt>",
                "<prompt>" + "<span>".repeat(5_000) + "Pick" + "</span>".repeat(5_000) + "</prompt>");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", QtiPackages.manifest("deep.xml"));
        files.put("deep.xml", deep);

        assertThat(planner.plan(QtiPackages.zip(files)).lines()).extracting(l -> l.notes().get(0))
                .containsExactly(ImportNote.of("qti.problem.badXml", "deep.xml"));
    }

    @Test
    void xmlThatIsNotAQti21ItemIsRejectedWithItsReason() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", QtiPackages.manifest("html.xml", "qti12.xml", "hotspot.xml", "gone.xml", "broken.xml"));
        files.put("html.xml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>Quiz</body></html>");
        files.put("qti12.xml", "<questestinterop><item ident=\"1\"/></questestinterop>");
        files.put("hotspot.xml", ITEM_HEAD + "<itemBody><hotspotInteraction responseIdentifier=\"R\" maxChoices=\"1\"/>"
                + "</itemBody></assessmentItem>");
        files.put("broken.xml", "<assessmentItem><itemBody>");

        ImportPlan plan = planner.plan(QtiPackages.zip(files));

        assertThat(plan.lines()).extracting(l -> l.notes().get(0)).containsExactly(
                ImportNote.of("qti.reject.notQti"), ImportNote.of("qti.reject.qti12"),
                ImportNote.of("qti.reject.interaction", "hotspotInteraction"),
                ImportNote.of("qti.reject.missingFile", "gone.xml"),
                ImportNote.of("qti.problem.badXml", "broken.xml"));
        assertThat(plan.questions()).isEmpty();
        assertThat(plan.importable()).isFalse();
    }

    @Test
    void aManifestWithoutQti21ItemsIsRefused() {
        String qti12 = "<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\" identifier=\"m\"><organizations/>"
                + "<resources><resource identifier=\"r\" type=\"imsqti_xmlv1p2/imscc_xmlv1p1/assessment\" href=\"a.xml\"/>"
                + "</resources></manifest>";
        assertThat(planner.plan(QtiPackages.zip(Map.of("imsmanifest.xml", qti12))).fileProblem())
                .isEqualTo(ImportNote.of("qti.problem.qti12"));
        assertThat(planner.plan(QtiPackages.zip(Map.of("imsmanifest.xml", "<rss version=\"2.0\"/>"))).fileProblem())
                .isEqualTo(ImportNote.of("qti.problem.notManifest"));
    }

    @Test
    void aZipBombIsStoppedBeforeItIsUnpacked() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("imsmanifest.xml"));
            out.write(QtiPackages.manifest("big.xml").getBytes());
            out.putNextEntry(new ZipEntry("big.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 12; i++) {
                out.write(zeros); // 12 MB that deflate to a few kB
            }
        }
        assertThat(bytes.size()).isLessThan(100_000);

        assertThat(planner.plan(bytes.toByteArray()).fileProblem()).isEqualTo(ImportNote.of("qti.problem.zipTooLarge"));
    }

    @Test
    void aPathThatLeavesThePackageIsRefused() {
        assertThat(planner.plan(QtiPackages.zip(Map.of("../../etc/evil.xml", "<a/>"))).fileProblem())
                .isEqualTo(ImportNote.of("qti.problem.unsafePath"));
    }
}
