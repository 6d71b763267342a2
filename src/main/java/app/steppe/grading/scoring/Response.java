package app.steppe.grading.scoring;

/**
 * What a student answered to one question. Options, pairs, items and blanks are named by their index in the
 * question as authored (0-based), never by the shuffled position they were shown in. An unanswered question is
 * {@link #none()}; the rules also take {@code null} as no answer.
 */
public sealed interface Response
        permits NoResponse, ChoiceResponse, TrueFalseResponse, TextResponse, MatchingResponse, OrderingResponse,
        BlanksResponse, EssayResponse {

    static Response none() {
        return NoResponse.INSTANCE;
    }
}
