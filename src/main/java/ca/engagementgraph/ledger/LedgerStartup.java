package ca.engagementgraph.ledger;

import ca.engagementgraph.database.GraphInitializer;
import ca.engagementgraph.database.InProcessReads;
import org.springframework.beans.factory.ObjectProvider;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure the graph's ledger can be trusted before the first question is answered, after the schema migrations
 * and after the seed: an empty graph starts with an empty (so exact) ledger; a graph that predates the ledger, whose
 * ledger has an older format, or whose last bulk load deferred it, gets it rebuilt. After the seed, because an
 * external database has no listener to see the seed's import: its first start finds a graph without a ledger and
 * builds it (the embedded database's first start rebuilds the seed's rows once, a matter of the demo's size).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class LedgerStartup implements GraphInitializer {

	private static final Logger log = LoggerFactory.getLogger(LedgerStartup.class);

	private final Driver driver;
	private final Ledger ledger;
	private final boolean external;

	private final @org.jspecify.annotations.Nullable InProcessReads inProcess;

	/**
	 * Set (to false) only by a bulk load that builds the ledger itself once the database is open
	 * ({@code GraphImporter.afterOfflineLoad}, which builds it while it checks the rules): the start then leaves it.
	 */
	static final String BUILD_AT_START = "engagement-graph.ledger.build-at-start";

	private final boolean buildAtStart;

	LedgerStartup(Driver driver, Ledger ledger, org.springframework.core.env.Environment environment,
			ObjectProvider<InProcessReads> inProcess) {
		this.driver = driver;
		this.ledger = ledger;
		this.external = !ca.engagementgraph.database.DatabaseMode.embedded(environment);
		this.inProcess = inProcess.getIfAvailable();
		this.buildAtStart = environment.getProperty(BUILD_AT_START, Boolean.class, true);
	}

	@Override
	public void initialize() {
		if (inProcess != null && LedgerState.format(inProcess) == LedgerState.FORMAT) {
			return; // the embedded database's listener has kept it since (the usual restart: no Cypher to compile)
		}
		try (var session = driver.session()) {
			int format = LedgerState.format(session);
			if (LedgerState.upgradable(format)) {
				long started = System.nanoTime();
				long written = ledger.upgrade(format);
				log.info("Leverage ledger upgraded from format {} to {}: {} nodes and properties written in {} ms", format,
						LedgerState.FORMAT, written, (System.nanoTime() - started) / 1_000_000);
			}
			if (LedgerState.current(session)) {
				if (!external) {
					return;
				}
				// An external database may have been written to by others, whose writes the service did not see.
				var drifted = LedgerState.drifted(session);
				if (drifted.isEmpty()) {
					return;
				}
				log.warn("The leverage ledger disagrees with the graph for {} (written to by a client other than the service?): rebuilding it",
						drifted.size() > 10 ? drifted.size() + " countries" : String.join(", ", drifted));
				rebuild();
				return;
			}
			boolean empty = session.executeRead(tx -> tx.run("""
					RETURN NOT EXISTS { MATCH (n) WHERE n:Result OR n:Project OR n:Engagement } AS empty
					""").single().get("empty").asBoolean());
			if (empty) {
				LedgerState.markCurrent(session);
				return;
			}
		}
		if (!buildAtStart) {
			log.info("The leverage ledger is left to the bulk load that started the service ({}=false)", BUILD_AT_START);
			return;
		}
		log.info("Building the leverage ledger from the graph (it predates the ledger, or a bulk load deferred it)");
		rebuild();
	}

	private void rebuild() {
		long started = System.nanoTime();
		long done = ledger.rebuild(count -> log.debug("Ledger: {} records done", count));
		log.info("Leverage ledger built: {} rows and counters in {} ms", done,
				(System.nanoTime() - started) / 1_000_000);
	}
}
