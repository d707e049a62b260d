package ca.engagementgraph;

import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * A small graph a test writes for itself into the shared test database, about a fictional country of its own
 * (user-assigned ISO code, e.g. XY): every node it creates is that country or has a code starting with the
 * country's code and a dash, so that {@link #remove} takes it all away again and nothing else.
 */
public record FixtureGraph(Driver driver, String country) {

	/** Writes the fixture (one Cypher statement; Canada, the departments and other reference data can be matched). */
	public FixtureGraph write(String cypher) {
		removeNodes();
		driver.executableQuery(cypher).execute();
		ledgerFollows();
		return this;
	}

	/** A later change to the fixture, written over Bolt like it (the ledger follows as it follows the fixture). */
	public FixtureGraph change(String cypher) {
		driver.executableQuery(cypher).execute();
		ledgerFollows();
		return this;
	}

	public void remove() {
		removeNodes();
		ledgerFollows();
	}

	private void removeNodes() {
		driver.executableQuery("""
				MATCH (n) WHERE n.iso2 = $country OR n.code STARTS WITH $prefix
				DETACH DELETE n
				""").withParameters(Map.of("country", country, "prefix", country + "-")).execute();
	}

	/** Written over Bolt: on an external database, the ledger is rebuilt as the README tells other tools to do. */
	private void ledgerFollows() {
		TestDatabase.ledgerFollowsBoltWrites(new ca.engagementgraph.ledger.Ledger(driver,
				new ca.engagementgraph.database.TransactionLimits(java.time.Duration.ZERO, java.time.Duration.ZERO, 0)));
	}
}
