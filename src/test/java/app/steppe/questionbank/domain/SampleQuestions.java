package app.steppe.questionbank.domain;

import java.math.BigDecimal;
import java.util.List;

/** Valid questions of every type on the course reading, for tests to start from and break one thing at a time. */
public final class SampleQuestions {

    public static final String READING = CourseReading.SLUG;

    private SampleQuestions() {
    }

    public static Citation quote(String quote) {
        return new Citation(READING, quote);
    }

    public static QuestionContent question(String slug, AnswerSpec answer) {
        return new QuestionContent(slug, "What does the article say?\n", BigDecimal.ONE, List.of(), null,
                List.of(quote("the 2,030-strong contingent sent by the Collective Security Treaty Organization (CSTO)")),
                answer);
    }

    public static SingleChoice aSingleChoice() {
        return new SingleChoice(List.of(ChoiceOption.right("Russia"), ChoiceOption.wrong("China")), true);
    }

    public static MultipleResponse aMultipleResponse() {
        return new MultipleResponse(List.of(ChoiceOption.right("Russia"), ChoiceOption.right("Kazakhstan"),
                ChoiceOption.wrong("Taiwan")), MultipleResponse.Scoring.RIGHT_MINUS_WRONG);
    }

    public static Numeric aNumeric() {
        return new Numeric(AcceptedNumber.exactly(new BigDecimal("2030")), List.of(), "troops");
    }

    public static ShortText aShortText() {
        return new ShortText(List.of(AcceptedText.fullCredit("Zhang Xiao")), false);
    }

    public static Matching aMatching() {
        return new Matching(List.of(new MatchPair("Zhang Xiao", "China's ambassador to Kazakhstan"),
                new MatchPair("Yuan Peng", "President of CICIR")), List.of());
    }

    public static Ordering anOrdering() {
        return new Ordering(List.of("Belovezh Agreements", "CSTO deployment", "CSTO withdrawal"));
    }

    public static FillBlanks aFillBlanks() {
        return new FillBlanks("The CSTO sent [[1]] troops to [[2]].", List.of(
                new Blank.Typed(List.of(AcceptedText.fullCredit("2,030"))),
                new Blank.Choice(List.of("Kazakhstan", "Kyrgyzstan"), "Kazakhstan")));
    }

    public static Essay anEssay() {
        return new Essay("Mentions the division of labour.\n", 300);
    }

    /** A set with one question of each type, every optional field filled in somewhere. */
    public static QuestionSetContent aSetWithEveryTypeAndEveryOptionalField() {
        List<QuestionContent> questions = List.of(
                new QuestionContent("security-provider", """
                        Which country has strengthened its reputation as a *security provider*?

                        > Choose **one**.
                        """, new BigDecimal("1.5"), List.of("russia", "security"),
                        "The article says so in paragraph 3.\n",
                        List.of(quote("Russia has strengthened its reputation as a “security provider.”"),
                                new Citation("another-reading", "a quote from another reading")),
                        new SingleChoice(List.of(
                                new ChoiceOption("Russia", true, "Yes: \"security provider\"."),
                                new ChoiceOption("China", false, "No: China is in charge of the economy."),
                                new ChoiceOption("All of the above", false, null)), false)),
                new QuestionContent("who-acted", "Which states were *active players*?", new BigDecimal("2"),
                        List.of("actors"), null, List.of(quote("only Russia was an active player in recent events")),
                        new MultipleResponse(List.of(
                                new ChoiceOption("Russia", true, "Right."),
                                new ChoiceOption("China", false, "China waited and saw."),
                                ChoiceOption.right("Kazakhstan")), MultipleResponse.Scoring.ALL_OR_NOTHING)),
                new QuestionContent("china-wait-and-see", "China adopted a wait-and-see approach.", BigDecimal.ONE,
                        List.of(), "Paragraph 4.", List.of(quote("China adopted a wait-and-see approach")),
                        new TrueFalse(true, "Correct.", "Read paragraph 4 again.")),
                new QuestionContent("csto-contingent-size", "How many troops did the CSTO send?", new BigDecimal("0.5"),
                        List.of("csto", "figures"), "The article speaks of \"the 2,030-strong contingent\".",
                        List.of(quote("the 2,030-strong contingent sent by the Collective Security Treaty Organization (CSTO)")),
                        new Numeric(new AcceptedNumber(new BigDecimal("2030"), new Tolerance.Absolute(BigDecimal.ZERO), BigDecimal.ONE),
                                List.of(new AcceptedNumber(new BigDecimal("2000"), new Tolerance.Percent(new BigDecimal("2.5")), new BigDecimal("0.5")),
                                        new AcceptedNumber(new BigDecimal("2100"), new Tolerance.Absolute(new BigDecimal("50")), BigDecimal.ONE)),
                                "troops")),
                new QuestionContent("ambassador", "Who is China's ambassador to Kazakhstan?", BigDecimal.ONE,
                        List.of(), null, List.of(quote("China’s Ambassador Zhang Xiao met only with Kazakh Acting Foreign Minister")),
                        new ShortText(List.of(AcceptedText.fullCredit("Zhang Xiao"),
                                new AcceptedText("Zhang", new BigDecimal("0.5")), AcceptedText.fullCredit("true")), true)),
                new QuestionContent("who-is-who", "Match each person with a role.", BigDecimal.ONE, List.of(), null,
                        List.of(quote("Yuan Peng, president of the China Institutes of Contemporary International Relations")),
                        new Matching(List.of(new MatchPair("Zhang Xiao", "China's ambassador to Kazakhstan"),
                                new MatchPair("Yuan Peng", "President of CICIR: \"think tank\"")),
                                List.of("Foreign minister of Kazakhstan", "yes"))),
                new QuestionContent("chronology", "Put these events in order.", BigDecimal.ONE, List.of(), null,
                        List.of(quote("Belovezh Agreements on December 8, 1991")),
                        new Ordering(List.of("Attempted coup in the USSR", "Belovezh Agreements", "CSTO deployment in Kazakhstan"))),
                new QuestionContent("contingent-blanks", "Fill in the blanks.", BigDecimal.ONE, List.of(), null,
                        List.of(quote("the 2,030-strong contingent sent by the Collective Security Treaty Organization (CSTO)")),
                        new FillBlanks("The [[1]] sent a [[2]]-strong contingent\nto Kazakhstan.", List.of(
                                new Blank.Choice(List.of("CSTO", "SCO", "NATO"), "CSTO"),
                                new Blank.Typed(List.of(AcceptedText.fullCredit("2,030"), new AcceptedText("2000", new BigDecimal("0.25"))))))),
                new QuestionContent("division-of-labour", "Discuss the *division of labour* in Central Asia.", BigDecimal.TEN,
                        List.of("essay"), "A model answer would discuss paragraphs 1 and 19.",
                        List.of(quote("the Sino-Russian division of labor in Central Asia")),
                        new Essay("- Names the division of labour\n- Explains why it is outdated\n", 300)));
        return new QuestionSetContent("kazakhstan-2022", "China, Russia and the January 2022 crisis in Kazakhstan",
                "Questions on the course reading.\n\nRead it first.\n", READING, List.of("kazakhstan", "china", "russia"),
                questions);
    }
}
