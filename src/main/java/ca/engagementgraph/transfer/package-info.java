/**
 * Import and export of the whole graph (and the operators' data commands: import, export, backup, restore).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "api", "audit", "database", "ledger", "loading", "model", "security" })
package ca.engagementgraph.transfer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
