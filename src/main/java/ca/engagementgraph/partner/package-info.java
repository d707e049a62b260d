/**
 * Partner organizations (implementing partners, multilateral bodies, working groups).
 */
@ApplicationModule(allowedDependencies = { "api", "api :: read" })
package ca.engagementgraph.partner;

import org.springframework.modulith.ApplicationModule;
