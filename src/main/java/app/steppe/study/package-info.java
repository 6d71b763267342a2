/**
 * Practice, flashcards and spaced repetition (FSRS) over the question bank, and each student's progress.
 */
@ApplicationModule(displayName = "Study")
package app.steppe.study;

import org.springframework.modulith.ApplicationModule;
