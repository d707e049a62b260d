/**
 * The leverage ledger: facts about what was raised where, kept in the graph in the same transaction as every change
 * (by the embedded database's commit hook, or by the service's own writes on an external database), so that each
 * leveraging question is an index seek or a short walk. Bookkeeping on {@code __}-prefixed labels, never domain data.
 * Its surface: {@link ca.engagementgraph.ledger.Ledger} (rebuild, check, deferral for bulk loads, upkeep of the
 * service's writes).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "database", "model" })
package ca.engagementgraph.ledger;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
