/**
 * The question bank's plain-Java core, free of Spring, JPA and the web (checked by {@code PureDomainArchitectureTest}).
 * Here: the model of questions and sets ({@code QuestionSetContent}, {@code QuestionContent}, one {@code AnswerSpec}
 * record per type). {@code validation}: the rules of the format, reported all at once as message keys.
 * {@code markdown}: safe rendering of authors' Markdown. {@code matching}: normalising and matching students' answers.
 * {@code grounding}: finding quotes in a reading. {@code yaml}: reading and writing question-set files.
 */
package app.steppe.questionbank.domain;
