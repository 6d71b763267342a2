/**
 * Scoring rules as pure functions per question type, manual grading, regrades, the gradebook and question statistics.
 */
@ApplicationModule(displayName = "Grading")
package app.steppe.grading;

import org.springframework.modulith.ApplicationModule;
