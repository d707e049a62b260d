/**
 * Metrics operators expect beyond the stack's own (the Neo4j driver's connection pool).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package ca.engagementgraph.observability;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
