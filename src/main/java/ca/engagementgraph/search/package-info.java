/**
 * Full-text search across the graph.
 */
@ApplicationModule(allowedDependencies = { "api", "api :: read" })
package ca.engagementgraph.search;

import org.springframework.modulith.ApplicationModule;
