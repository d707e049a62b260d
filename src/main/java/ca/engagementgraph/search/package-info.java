/**
 * Full-text search across the graph.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "api", "api :: read" })
package ca.engagementgraph.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
