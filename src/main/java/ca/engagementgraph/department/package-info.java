/**
 * Canadian departments and their units.
 */
@ApplicationModule(allowedDependencies = { "api", "api :: read", "model" })
package ca.engagementgraph.department;

import org.springframework.modulith.ApplicationModule;
