/**
 * The reference and demo data loaded at startup.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "database", "ledger", "loading", "model", "transfer" })
package ca.engagementgraph.seed;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
