/**
 * The reference and demo data loaded at startup.
 */
@ApplicationModule(allowedDependencies = { "database", "loading", "transfer" })
package ca.engagementgraph.seed;

import org.springframework.modulith.ApplicationModule;
