/**
 * Practice, flashcards and spaced repetition (FSRS) over the question bank, and each student's progress. It owns
 * each student's cards (FSRS memory state per question), their review log and study settings; questions and quizzes
 * are other modules' and are referred to by id. {@link app.steppe.study.StudyApi} is what other modules call.
 */
@ApplicationModule(displayName = "Study")
package app.steppe.study;

import org.springframework.modulith.ApplicationModule;
