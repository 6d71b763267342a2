/**
 * Scoring rules as pure functions per question type, manual grading, regrades, the gradebook and question statistics.
 */
@ApplicationModule(displayName = "Grading",
        allowedDependencies = {"questionbank :: model", "questionbank :: matching", "shared"})
package app.steppe.grading;

import org.springframework.modulith.ApplicationModule;
