/**
 * Web layout support and small common value types used by every module; it depends on no other module.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
package app.steppe.shared;

import org.springframework.modulith.ApplicationModule;
