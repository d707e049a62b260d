/**
 * The database: the embedded Neo4j (or the external one), schema migrations, startup, the request limits every
 * transaction runs under, and the write transactions and gate every write goes through.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "model" })
package ca.engagementgraph.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
