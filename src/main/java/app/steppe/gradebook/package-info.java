/**
 * The instructor's side of results: the grading queue (essays and any answer chosen), overrides with their audit
 * trail, regrades with a dry run, the gradebook (students × quizzes, by each quiz's grading method) with CSV exports,
 * releasing results to students ("My grades"), and each quiz's statistics with the reading view. It owns no table:
 * attempts and marks belong to the attempt module, release to the quiz module.
 */
@ApplicationModule(displayName = "Gradebook")
package app.steppe.gradebook;

import org.springframework.modulith.ApplicationModule;
