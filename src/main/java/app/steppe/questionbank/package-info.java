/**
 * Question sets grounded in the readings: question types, citations verified against a reading, the YAML files in questions/ and the authoring pages.
 */
@ApplicationModule(displayName = "Question bank")
package app.steppe.questionbank;

import org.springframework.modulith.ApplicationModule;
