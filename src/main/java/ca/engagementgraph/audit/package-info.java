/**
 * The audit trail of every change: written by recording and import, read through GraphQL.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "api", "api :: read", "model" })
package ca.engagementgraph.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
