/**
 * Checked, all-or-nothing writes of graph records, behind one entry point, {@link ca.engagementgraph.loading.Loading}:
 * reading JSON/CSV records against the model and the graph's keys, writing them in batches, classifying them by the
 * model's rule, and checking the cross-record rules on the state they leave. Its published types are that facade
 * and what goes in and out of it ({@code GraphData}, {@code DataProblem}, {@code InvalidDataException}); the reader,
 * writer, rules and key lookups are package-private.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "language", "model" })
package ca.engagementgraph.loading;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
