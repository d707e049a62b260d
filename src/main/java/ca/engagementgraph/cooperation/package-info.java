/**
 * Cooperation with a country: designations, decisions, engagement plans and TD statistics (Protected B).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "api", "api :: read", "country", "department", "engagement", "model" })
package ca.engagementgraph.cooperation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
