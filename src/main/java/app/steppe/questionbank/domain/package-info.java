/**
 * The question bank's domain. Its plain-Java core is free of Spring, JPA and the web (checked by
 * {@code PureDomainArchitectureTest}): the model of questions and sets ({@code QuestionSetContent},
 * {@code QuestionContent}, one {@code AnswerSpec} record per type); {@code validation}: the rules of the format,
 * reported all at once as message keys; {@code markdown}: safe rendering of authors' Markdown; {@code matching}:
 * normalising and matching students' answers; {@code grounding}: finding quotes in a reading; {@code yaml}: reading
 * and writing question-set files. Beside it, the persistence and services: {@code QuestionSet}, {@code Question},
 * {@code QuestionVersion} with their {@code CitationRecord}s, {@code QuestionBank} (commands), {@code
 * QuestionBankQueries} (pages), {@code QuestionFilesImporter} (questions/ at start), {@code StaleCitationFlagger}.
 */
package app.steppe.questionbank.domain;
