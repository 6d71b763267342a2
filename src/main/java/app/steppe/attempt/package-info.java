/**
 * Taking a quiz: attempts with a server-owned deadline, answers saved as they are typed, submission and finalisation of overdue attempts.
 */
@ApplicationModule(displayName = "Attempts")
package app.steppe.attempt;

import org.springframework.modulith.ApplicationModule;
