/**
 * Programs, their envelopes, priority areas and outcomes.
 */
@ApplicationModule(allowedDependencies = { "api", "api :: read" })
package ca.engagementgraph.program;

import org.springframework.modulith.ApplicationModule;
