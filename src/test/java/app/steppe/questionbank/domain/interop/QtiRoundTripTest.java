package app.steppe.questionbank.domain.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.steppe.questionbank.QtiPackage;
import app.steppe.questionbank.domain.AcceptedNumber;
import app.steppe.questionbank.domain.AcceptedText;
import app.steppe.questionbank.domain.AnswerSpec;
import app.steppe.questionbank.domain.Blank;
import app.steppe.questionbank.domain.FillBlanks;
import app.steppe.questionbank.domain.Numeric;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.QuestionSetContent;
import app.steppe.questionbank.domain.QuestionType;
import app.steppe.questionbank.domain.ShortText;

/**
 * Steppe → QTI → Steppe keeps every question QTI can express: its id, prompt, points, explanation and whole answer
 * key. Tags and citations stay behind (QTI items have neither), so the questions come back not yet grounded.
 */
class QtiRoundTripTest {

    @Test
    void everyTypeComesBackFromQtiWithTheSameAnswerKey() {
        QuestionSetContent set = QtiPackages.everyType();
        QtiPackage export = QtiExport.of(set);

        ImportPlan plan = new QtiImportPlanner().plan(export.zip());

        assertThat(plan.fileProblem()).isNull();
        assertThat(plan.rejectedCount()).isZero();
        assertThat(export.skipped()).isZero();
        List<QuestionContent> expected = set.questions().stream()
                .map(q -> new QuestionContent(q.slug(), q.prompt(), q.points(), List.of(), q.explanation(), List.of(),
                        normalised(q.answer())))
                .toList();
        List<QuestionContent> back = plan.questions().stream()
                .map(q -> new QuestionContent(q.slug(), q.prompt(), q.points(), q.tags(), q.explanation(), q.citations(),
                        normalised(q.answer())))
                .toList();
        assertThat(back).containsExactlyElementsOf(expected);
        assertThat(back).extracting(QuestionContent::type).containsExactlyInAnyOrder(QuestionType.SINGLE_CHOICE,
                QuestionType.MULTIPLE_RESPONSE, QuestionType.TRUE_FALSE, QuestionType.NUMERIC, QuestionType.SHORT_TEXT,
                QuestionType.MATCHING, QuestionType.ORDERING, QuestionType.FILL_BLANKS, QuestionType.ESSAY);
        assertThat(plan.lines()).allMatch(line -> line.notes().contains(ImportNote.of("interop.warn.notGrounded")));
    }

    @Test
    void aPassageWithBlanksAfterAParagraphBreakAndAGapOutOfOrderComesBackUnchanged() {
        FillBlanks blanks = new FillBlanks("[[2]] sent troops.\n\nThe [[1]] stayed *out* of it, said [[3]].",
                List.of(new Blank.Choice(List.of("SCO", "EU"), "SCO"),
                        new Blank.Typed(List.of(AcceptedText.fullCredit("Russia"), new AcceptedText("Moscow",
                                new BigDecimal("0.5")))),
                        new Blank.Typed(List.of(AcceptedText.fullCredit("Wang Yi")))));
        QuestionContent question = new QuestionContent("gaps", "Fill in the blanks.", BigDecimal.ONE, List.of(), null,
                List.of(), blanks);

        ImportPlan plan = new QtiImportPlanner().plan(QtiExport.of(
                new QuestionSetContent("s", "S", null, "r", List.of(), List.of(question))).zip());

        assertThat(plan.questions()).containsExactly(question);
    }

    @Test
    void aPassageThatUsesOneBlankTwiceIsSkippedAndTheExportReportSaysSo() {
        QuestionContent twice = new QuestionContent("twice", "Fill in.", BigDecimal.ONE, List.of(), null, List.of(),
                new FillBlanks("[[1]] and [[1]] again", List.of(new Blank.Typed(List.of(AcceptedText.fullCredit("x"))))));
        QuestionSetContent set = QtiPackages.everyType();
        List<QuestionContent> questions = new java.util.ArrayList<>(set.questions());
        questions.add(twice);
        QtiPackage export = QtiExport.of(new QuestionSetContent(set.slug(), set.title(), null, set.readingSlug(),
                List.of(), questions));

        assertThat(export.skipped()).isEqualTo(1);
        assertThat(export.lines()).filteredOn(line -> !line.exported())
                .extracting(QtiPackage.Line::type, QtiPackage.Line::skippedKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fill_blanks", "qti.export.skipped.fill_blanks"));
        assertThat(QtiPackages.unzip(export.zip()).keySet()).contains("imsmanifest.xml", "assessment.xml")
                .hasSize(2 + export.lines().size() - 1);
    }

    @Test
    void aSecondRoundTripChangesNothing() {
        ImportPlan first = new QtiImportPlanner().plan(QtiExport.of(QtiPackages.everyType()).zip());
        QuestionSetContent again = new QuestionSetContent("again", "Again", null, "r", List.of(), first.questions());

        ImportPlan second = new QtiImportPlanner().plan(QtiExport.of(again).zip());

        assertThat(second.questions()).containsExactlyElementsOf(first.questions());
    }

    @Test
    void anIdThatStartsWithADigitGetsAPrefixInQtiAndLosesItOnImport() {
        QuestionContent question = new QuestionContent("2022-events", "When?", BigDecimal.valueOf(2), List.of(), null,
                List.of(), new ShortText(List.of(AcceptedText.fullCredit("January")), false));
        QtiPackage export = QtiExport.of(new QuestionSetContent("s", "S", null, "r", List.of(), List.of(question)));

        assertThat(QtiPackages.unzip(export.zip())).containsKey("items/steppe-2022-events.xml");
        assertThat(new QtiImportPlanner().plan(export.zip()).questions()).extracting(QuestionContent::slug,
                QuestionContent::points).containsExactly(org.assertj.core.groups.Tuple.tuple("2022-events",
                        BigDecimal.valueOf(2)));
    }

    /** Numbers compared by value (QTI writes 2000, not 2.0E+3), so a scale change is not a difference. */
    private static AnswerSpec normalised(AnswerSpec answer) {
        if (answer instanceof Numeric numeric) {
            return new Numeric(number(numeric.answer()), numeric.alsoAccepted().stream().map(QtiRoundTripTest::number)
                    .toList(), numeric.unit());
        }
        if (answer instanceof ShortText text) {
            return new ShortText(text.answers().stream().map(a -> new AcceptedText(a.text(),
                    a.credit().stripTrailingZeros())).toList(), text.caseSensitive());
        }
        return answer;
    }

    private static AcceptedNumber number(AcceptedNumber n) {
        app.steppe.questionbank.domain.Tolerance tolerance = n.tolerance();
        if (tolerance instanceof app.steppe.questionbank.domain.Tolerance.Absolute a) {
            tolerance = new app.steppe.questionbank.domain.Tolerance.Absolute(a.amount().stripTrailingZeros());
        } else if (tolerance instanceof app.steppe.questionbank.domain.Tolerance.Percent p) {
            tolerance = new app.steppe.questionbank.domain.Tolerance.Percent(p.percent().stripTrailingZeros());
        }
        return new AcceptedNumber(n.value().stripTrailingZeros(), tolerance, n.credit().stripTrailingZeros());
    }
}
