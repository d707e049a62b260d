/**
 * Checked, all-or-nothing writes of graph records: reading JSON/CSV records, the domain rules, classification,
 * keys, and writing them in batches.
 */
@ApplicationModule(allowedDependencies = { "language", "model" })
package ca.engagementgraph.loading;

import org.springframework.modulith.ApplicationModule;
