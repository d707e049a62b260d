/**
 * Import and export of the whole graph (and the operators' data commands: import, export, backup, restore).
 */
@ApplicationModule(allowedDependencies = { "api", "audit", "database", "loading", "model", "security" })
package ca.engagementgraph.transfer;

import org.springframework.modulith.ApplicationModule;
