/**
 * Partner organizations (implementing partners, multilateral bodies, working groups).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "api", "api :: read" })
package ca.engagementgraph.partner;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
