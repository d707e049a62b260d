/**
 * Sources cited by records.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "api", "api :: read", "model" })
package ca.engagementgraph.source;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
