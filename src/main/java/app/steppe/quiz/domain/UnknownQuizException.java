package app.steppe.quiz.domain;

import java.util.NoSuchElementException;

/** No quiz with that id. */
public class UnknownQuizException extends NoSuchElementException {
}
