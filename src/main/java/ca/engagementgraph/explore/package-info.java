/**
 * The graph explorer: a neighbourhood of nodes and relationships for the dashboard.
 */
@ApplicationModule(allowedDependencies = { "api", "api :: read", "model" })
package ca.engagementgraph.explore;

import org.springframework.modulith.ApplicationModule;
