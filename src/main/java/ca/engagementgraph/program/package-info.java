/**
 * Programs, their envelopes, priority areas and outcomes.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "api", "api :: read" })
package ca.engagementgraph.program;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
