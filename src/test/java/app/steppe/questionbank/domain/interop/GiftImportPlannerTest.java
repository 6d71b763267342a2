package app.steppe.questionbank.domain.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import app.steppe.questionbank.domain.MultipleResponse;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.ShortText;
import app.steppe.questionbank.domain.markdown.MarkdownRenderer;

/** How GIFT's meaning lands in Steppe's model, and what the report says when it cannot. */
class GiftImportPlannerTest {

    private static ImportPlan plan(String gift) {
        return new GiftImportPlanner().plan(gift.getBytes(StandardCharsets.UTF_8), "kazakhstan-crisis-china");
    }

    @Test
    void htmlBecomesMarkdownAndAScriptNeverReachesThePage() {
        QuestionContent q = plan("[html]<p>Pick <b>one</b><script>alert(1)</script> <a href\\=\"javascript\\:x\">x</a></p>{T}")
                .questions().get(0);

        assertThat(q.prompt()).isEqualTo("Pick **one** x");
        assertThat(MarkdownRenderer.render(q.prompt())).doesNotContain("script").contains("<strong>one</strong>");
        assertThat(plan("[html]<p>Pick <script>alert(1)</script></p>{T}").lines().get(0).notes())
                .anyMatch(n -> n.key().equals("interop.warn.htmlDropped"));
    }

    @Test
    void plainTextKeepsItsMarkdownCharactersAsWritten() {
        QuestionContent q = plan("[plain]2 * 3 * 4 [x]{#24}").questions().get(0);

        assertThat(MarkdownRenderer.render(q.prompt())).isEqualTo("<p>2 * 3 * 4 [x]</p>\n");
    }

    @Test
    void shortAnswerFeedbackAndTheCatchAllMoveToTheExplanationWithAWarning() {
        ImportPlan plan = plan("Best animal?{=Frog#Good! =%50%Cat#Cats. =%0%*#Completely wrong}");

        QuestionContent q = plan.questions().get(0);
        assertThat(((ShortText) q.answer()).answers()).extracting(a -> a.text()).containsExactly("Frog", "Cat");
        assertThat(q.explanation()).contains("Good!").contains("Any other answer: Completely wrong");
        assertThat(plan.lines().get(0).status()).isEqualTo(ImportLine.Status.IMPORTED_WITH_WARNINGS);
    }

    @Test
    void categoriesBecomeTagsAndIdsBecomeSlugs() {
        QuestionContent q = plan("$CATEGORY: $course$/top/Unit 1\n\n// [id:csto-1] [tag:csto]\nQ {T}").questions().get(0);

        assertThat(q.slug()).isEqualTo("csto-1");
        assertThat(q.tags()).containsExactly("Unit 1", "csto");
        assertThat(q.citations()).isEmpty();
    }

    @Test
    void moodleWeightsThatAreNotSteppesScoringAreImportedWithAWarning() {
        ImportPlan plan = plan("Which? {~%50%a ~%50%b ~%-100%c}");

        assertThat(plan.questions().get(0).answer()).isInstanceOf(MultipleResponse.class);
        assertThat(plan.lines().get(0).notes()).anyMatch(n -> n.key().equals("interop.warn.weights"));
    }

    @Test
    void aSingleChoiceWithTwoRightAnswersIsRejectedAndStopsTheWholeImport() {
        ImportPlan plan = plan("Fine {T}\n\nSeasons {=spring =summer ~easter}");

        assertThat(plan.importable()).isFalse();
        assertThat(plan.lines().get(1).status()).isEqualTo(ImportLine.Status.REJECTED);
        assertThat(plan.lines().get(1).line()).isEqualTo(3);
    }

    @Test
    void aDescriptionIsKeptInTheSetDescription() {
        ImportPlan plan = plan("You may use paper.\n\nQ {T}");

        assertThat(plan.description()).isEqualTo("You may use paper.");
        assertThat(plan.questions()).hasSize(1);
    }
}
