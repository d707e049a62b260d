/**
 * The graph explorer: a neighbourhood of nodes and relationships for the dashboard.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "api", "api :: read", "model" })
package ca.engagementgraph.explore;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
