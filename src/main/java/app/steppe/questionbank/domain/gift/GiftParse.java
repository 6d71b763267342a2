package app.steppe.questionbank.domain.gift;

import java.util.List;

/** A GIFT file read: its questions (category switches included) in order, and the blocks that could not be read. */
public record GiftParse(List<GiftQuestion> questions, List<GiftProblem> problems) {

    public GiftParse {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }

    /** True when the file itself was refused (not UTF-8, too large): then there is nothing else. */
    public boolean fileRejected() {
        return problems.stream().anyMatch(p -> p.line() == 0);
    }
}
