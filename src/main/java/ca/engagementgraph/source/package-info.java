/**
 * Sources cited by records.
 */
@ApplicationModule(allowedDependencies = { "api", "api :: read", "model" })
package ca.engagementgraph.source;

import org.springframework.modulith.ApplicationModule;
