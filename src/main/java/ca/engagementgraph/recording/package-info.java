/**
 * Changing the graph through GraphQL mutations: recording meetings, results, actions, decisions, with typed inputs,
 * user errors and idempotency keys.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "api", "api :: read", "audit", "cooperation", "country", "database", "engagement", "language", "ledger", "loading", "model", "project", "security" })
package ca.engagementgraph.recording;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
