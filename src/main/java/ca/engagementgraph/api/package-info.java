/**
 * The GraphQL plumbing every controller shares: scalars, the client language, error reporting and error codes,
 * pagination (connections, cursors, orderings); and, in the named interface {@code read}, the read support: {@code
 * GraphReader}, {@code Hop}, {@code ListQuery}, {@code Parameters}, {@code Visibility}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "database", "language", "model", "security" })
package ca.engagementgraph.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
