package app.steppe.quiz.domain;

import java.util.Comparator;

import app.steppe.questionbank.QtiQuizOutline;
import app.steppe.quiz.Navigation;

/**
 * A quiz's settings as the question bank's QTI outline. Tag draws come first, as attempts deal them, so that in the
 * test (where a question can sit in one section only) a whole-set draw does not take the questions a tag needs.
 */
public final class QuizToQti {

    private QuizToQti() {
    }

    public static QtiQuizOutline outline(QuizSettings settings) {
        return new QtiQuizOutline(settings.title(), settings.timeLimit().map(TimeLimit::duration),
                settings.shuffleQuestions(), settings.navigation() == Navigation.SEQUENTIAL,
                settings.drawRules().stream()
                        .sorted(Comparator.comparing(rule -> rule.tag().isEmpty()))
                        .map(rule -> new QtiQuizOutline.Draw(rule.tag(), rule.count()))
                        .toList());
    }
}
