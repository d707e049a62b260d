/**
 * Checked, all-or-nothing writes of graph records: reading JSON/CSV records, the domain rules, classification,
 * keys, and writing them in batches.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "language", "model" })
package ca.engagementgraph.loading;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
