package app.steppe.questionbank.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import app.steppe.questionbank.domain.AcceptedNumber;
import app.steppe.questionbank.domain.AcceptedText;
import app.steppe.questionbank.domain.AnswerSpec;
import app.steppe.questionbank.domain.Blank;
import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.Citation;
import app.steppe.questionbank.domain.Essay;
import app.steppe.questionbank.domain.FillBlanks;
import app.steppe.questionbank.domain.MatchPair;
import app.steppe.questionbank.domain.Matching;
import app.steppe.questionbank.domain.MultipleResponse;
import app.steppe.questionbank.domain.Numeric;
import app.steppe.questionbank.domain.Ordering;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.QuestionType;
import app.steppe.questionbank.domain.ShortText;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.Tolerance;
import app.steppe.questionbank.domain.TrueFalse;
import app.steppe.questionbank.web.StudentQuestionView.Segment;

class StudentQuestionViewsTest {

    /** Parts of an answer key that are never shown to a student, whatever the type. */
    private static final List<String> SECRETS = List.of("FEEDBACK-SECRET", "EXPLANATION-SECRET", "RUBRIC-SECRET",
            "QUOTE-SECRET", "ACCEPTED-SECRET", "98765", "4321");

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void theViewOfEveryTypeCarriesNoneOfItsAnswerKey(QuestionType type) {
        StudentQuestionView view = StudentQuestionViews.of(question(answerOf(type)), 7L);

        assertThat(view.type()).isEqualTo(type);
        assertThat(view.toString()).doesNotContain(SECRETS);
    }

    @Test
    void noPartOfTheViewCanHoldACorrectFlagFeedbackOrAcceptedAnswers() {
        Set<String> names = componentNames(StudentQuestionView.class, new HashSet<>());

        assertThat(names).isNotEmpty().doesNotContain("correct", "feedback", "feedbackTrue", "feedbackFalse",
                "answer", "answers", "accepted", "alsoAccepted", "tolerance", "credit", "pairs", "rubric",
                "explanation", "citations", "shuffle");
    }

    @Test
    void choiceOptionsShowTheirTextsButNotWhichIsRight() {
        StudentQuestionView view = StudentQuestionViews.of(question(answerOf(QuestionType.MULTIPLE_RESPONSE)), 3L);

        assertThat(view.choices()).extracting(StudentQuestionView.Choice::label)
                .containsExactlyInAnyOrder("Repairing the damage", "Reviving the economy", "Sending troops");
        assertThat(view.choices()).extracting(StudentQuestionView.Choice::value)
                .containsExactlyInAnyOrder("Repairing the damage", "Reviving the economy", "Sending troops");
    }

    @Test
    void orderingItemsAreNeverShownInTheRightOrder() {
        Ordering ordering = (Ordering) answerOf(QuestionType.ORDERING);
        for (long seed = 0; seed < 200; seed++) {
            List<String> shown = StudentQuestionViews.of(question(ordering), seed).items();

            assertThat(shown).containsExactlyInAnyOrderElementsOf(ordering.items()).isNotEqualTo(ordering.items());
        }
    }

    @Test
    void theSameSeedShowsTheSameOrderAndAnotherSeedMayNot() {
        QuestionContent question = question(answerOf(QuestionType.MATCHING));

        assertThat(StudentQuestionViews.of(question, 42L)).isEqualTo(StudentQuestionViews.of(question, 42L));
        List<List<String>> orders = new ArrayList<>();
        for (long seed = 0; seed < 20; seed++) {
            orders.add(StudentQuestionViews.of(question, seed).rightItems());
        }
        assertThat(new HashSet<>(orders)).hasSizeGreaterThan(1);
    }

    @Test
    void matchingShowsTheLeftItemsAsWrittenAndTheRightItemsWithDistractorsShuffled() {
        StudentQuestionView view = StudentQuestionViews.of(question(answerOf(QuestionType.MATCHING)), 1L);

        assertThat(view.leftItems()).containsExactly("Russia", "China", "Kazakhstan");
        assertThat(view.rightItems()).containsExactlyInAnyOrder("security", "the economy", "transition", "culture");
    }

    @Test
    void aGivenOptionOrderIsFollowedAndAPinnedOrderIsKept() {
        SingleChoice pinned = new SingleChoice(List.of(ChoiceOption.right("A"), ChoiceOption.wrong("B"),
                ChoiceOption.wrong("All of the above")), false);

        assertThat(StudentQuestionViews.of(question(answerOf(QuestionType.SINGLE_CHOICE)), 1L, List.of(2, 0, 1)).choices())
                .extracting(StudentQuestionView.Choice::label)
                .containsExactly("China: both", "Russia: security; China: the economy", "China: security");
        for (long seed = 0; seed < 10; seed++) {
            assertThat(StudentQuestionViews.optionOrder(question(pinned), seed)).containsExactly(0, 1, 2);
        }
        assertThatThrownBy(() -> StudentQuestionViews.of(question(pinned), 1L, List.of(0, 0, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFillBlanksPassageIsSplitIntoTextAndGapsWithDropDownChoicesButNoAnswers() {
        StudentQuestionView view = StudentQuestionViews.of(question(answerOf(QuestionType.FILL_BLANKS)), 5L);

        assertThat(view.passage()).extracting(Segment::text)
                .containsExactly("Russia is responsible for ", null, " and China for the ", null, ".");
        assertThat(view.passage().get(1)).isEqualTo(new Segment(null, 1, null));
        assertThat(view.passage().get(3).blank()).isEqualTo(2);
        assertThat(view.passage().get(3).choices()).containsExactlyInAnyOrder("economy", "culture", "media");
    }

    @Test
    void thePromptIsRenderedAsSafeHtml() {
        QuestionContent question = new QuestionContent("q", "Who is *responsible*? <script>alert(1)</script>",
                BigDecimal.ONE, List.of(), null, List.of(new Citation("r", "q")), answerOf(QuestionType.ESSAY));

        String html = StudentQuestionViews.of(question, 1L).promptHtml();

        assertThat(html).contains("<em>responsible</em>").doesNotContain("<script");
    }

    private static AnswerSpec answerOf(QuestionType type) {
        switch (type) {
            case SINGLE_CHOICE:
                return new SingleChoice(List.of(new ChoiceOption("Russia: security; China: the economy", true,
                        "FEEDBACK-SECRET"), ChoiceOption.wrong("China: security"), ChoiceOption.wrong("China: both")), true);
            case MULTIPLE_RESPONSE:
                return new MultipleResponse(List.of(ChoiceOption.right("Repairing the damage"),
                        ChoiceOption.right("Reviving the economy"),
                        new ChoiceOption("Sending troops", false, "FEEDBACK-SECRET")), MultipleResponse.Scoring.ALL_OR_NOTHING);
            case TRUE_FALSE:
                return new TrueFalse(false, "FEEDBACK-SECRET", "FEEDBACK-SECRET");
            case NUMERIC:
                return new Numeric(AcceptedNumber.exactly(new BigDecimal("98765")),
                        List.of(new AcceptedNumber(new BigDecimal("4321"), Tolerance.EXACT, new BigDecimal("0.5"))), "troops");
            case SHORT_TEXT:
                return new ShortText(List.of(AcceptedText.fullCredit("ACCEPTED-SECRET")), false);
            case MATCHING:
                return new Matching(List.of(new MatchPair("Russia", "security"), new MatchPair("China", "the economy"),
                        new MatchPair("Kazakhstan", "transition")), List.of("culture"));
            case ORDERING:
                return new Ordering(List.of("Standard logic stated", "Logic questioned", "Logic called outdated",
                        "China reassesses"));
            case FILL_BLANKS:
                return new FillBlanks("Russia is responsible for [[1]] and China for the [[2]].",
                        List.of(new Blank.Typed(List.of(AcceptedText.fullCredit("ACCEPTED-SECRET"))),
                                new Blank.Choice(List.of("economy", "culture", "media"), "economy")));
            case ESSAY:
                return new Essay("RUBRIC-SECRET", 300);
            default:
                throw new IllegalArgumentException(type.name());
        }
    }

    private static QuestionContent question(AnswerSpec answer) {
        return new QuestionContent("q", "Which roles does the article describe?", BigDecimal.ONE, List.of("tag"),
                "EXPLANATION-SECRET", List.of(new Citation("kazakhstan-crisis-china", "QUOTE-SECRET")), answer);
    }

    /** The names of all record components reachable from a record type, through lists. */
    private static Set<String> componentNames(Class<?> type, Set<String> names) {
        if (!type.isRecord()) {
            return names;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (names.add(component.getName())) {
                componentNames(component.getType(), names);
                Type generic = component.getGenericType();
                if (generic instanceof ParameterizedType parameterized) {
                    for (Type argument : parameterized.getActualTypeArguments()) {
                        if (argument instanceof Class<?> element) {
                            componentNames(element, names);
                        }
                    }
                }
            }
        }
        return names;
    }
}
