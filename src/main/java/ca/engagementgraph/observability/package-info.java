/**
 * Metrics operators expect beyond the stack's own (the Neo4j driver's connection pool).
 */
@ApplicationModule(allowedDependencies = {})
package ca.engagementgraph.observability;

import org.springframework.modulith.ApplicationModule;
