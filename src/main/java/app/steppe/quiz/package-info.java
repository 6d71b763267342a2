/**
 * Quiz configuration: publishing a quiz from a question set with its time limit, dates, attempts, review options and per-student accommodations.
 */
@ApplicationModule(displayName = "Quizzes")
package app.steppe.quiz;

import org.springframework.modulith.ApplicationModule;
