/**
 * Canadian departments and their units.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "api", "api :: read", "model" })
package ca.engagementgraph.department;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
