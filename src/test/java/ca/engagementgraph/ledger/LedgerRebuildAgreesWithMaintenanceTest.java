package ca.engagementgraph.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rebuild computes the ledger its own way (country by country, from the country's side, rows created in bulk);
 * the maintenance that keeps it current computes it per raisable and meeting. Both must leave the same ledger, node
 * for node, or an answer would change with the way the ledger was last built.
 */
@GraphIntegrationTest
class LedgerRebuildAgreesWithMaintenanceTest {

	@Autowired
	Driver driver;

	@Autowired
	Ledger ledger;

	@Autowired
	ca.engagementgraph.database.WriteTransactions writes;

	/**
	 * In the embedded database's process the rebuild walks each country through the database's own API
	 * ({@link CountryWalks}); over the driver it runs the two statements. Both must read the same facts, and so compute
	 * the same rows, for every country.
	 */
	@Test
	void theWalksThroughTheDatabasesOwnApiReadWhatTheStatementsRead() {
		// Against a separate server (the standalone pass of the suite) every rebuild runs the statements: nothing to compare.
		org.junit.jupiter.api.Assumptions.assumeTrue(writes.runsInProcess(), "the walks run in the embedded database's process only");
		int[] compared = new int[2];
		writes.loadingRead(tx -> {
			var countries = tx.run("MATCH (c:Country) RETURN c.iso2 AS iso2 ORDER BY iso2").list(r -> r.get("iso2").asString());
			var transaction = ca.engagementgraph.database.InProcessTransaction.of(tx).orElseThrow();
			for (String country : countries) {
				var meetings = new java.util.HashMap<String, Map<String, Object>>();
				tx.run(LedgerRebuild.MEETINGS_OF_COUNTRY, Map.of("country", country))
					.forEachRemaining(r -> meetings.put(r.get("id").asString(), sortedLists(r.asMap())));
				var walkedMeetings = new java.util.HashMap<String, Map<String, Object>>();
				CountryWalks.meetings(transaction, country).forEach((id, row) -> walkedMeetings.put(id, sortedLists(row)));
				assertThat(walkedMeetings).as(country + "'s meetings").isEqualTo(meetings);

				var raisables = tx.run(LedgerRebuild.RAISABLES_OF_COUNTRY, Map.of("country", country))
					.list(r -> sortedLists(r.asMap()));
				assertThat(CountryWalks.raisables(transaction, country).stream().map(row -> sortedLists(row)).toList())
					.as(country + "'s results and projects").containsExactlyInAnyOrderElementsOf(raisables);

				var byCypher = LedgerRebuild.readByCypher(tx, country);
				var walked = LedgerRebuild.read(tx, country);
				assertThat(walked.raisables()).containsExactlyInAnyOrderElementsOf(byCypher.raisables());
				assertThat(walked.meetings()).containsExactlyInAnyOrderElementsOf(byCypher.meetings());
				assertThat(walked.countryCounters()).containsExactlyInAnyOrderElementsOf(byCypher.countryCounters());
				assertThat(walked.projectCounters()).containsExactlyInAnyOrderElementsOf(byCypher.projectCounters());
				assertThat(walked.quarterCounters()).containsExactlyInAnyOrderElementsOf(byCypher.quarterCounters());
				compared[0] += meetings.size();
				compared[1] += raisables.size();
			}
			return null;
		});
		assertThat(compared[0]).as("meetings compared").isGreaterThan(100);
		assertThat(compared[1]).as("results and projects compared").isGreaterThan(40);
	}

	/** A row with each list's items in order: the walks and the statements may meet relationships in other orders. */
	private static Map<String, Object> sortedLists(Map<String, Object> row) {
		var sorted = new java.util.HashMap<String, Object>();
		row.forEach((name, value) -> sorted.put(name, value instanceof List<?> list
				? list.stream().map(String::valueOf).sorted().toList() : value));
		return sorted;
	}

	@Test
	void aRebuiltLedgerHoldsTheSameRowsAndCountersAsOneKeptByMaintenance() {
		ledger.rebuild(done -> {
		});
		var rebuilt = ledgerNodes();

		try (var session = driver.session()) {
			session.executeWrite(tx -> {
				tx.run("""
						MATCH (n) WHERE n:__RaisableLedger OR n:__MeetingLedger OR n:__CountryLedger OR n:__ProjectLedger
						                OR n:__QuarterLedger OR n:__RadarDay
						DETACH DELETE n
						""").consume();
				var scope = new LedgerScope();
				scope.recompute.addAll(tx.run("MATCH (x) WHERE x:Result OR x:Project RETURN elementId(x) AS id")
					.list(r -> r.get("id").asString()));
				scope.meetings.addAll(tx.run("MATCH (e:Engagement) RETURN elementId(e) AS id").list(r -> r.get("id").asString()));
				LedgerMaintenance.apply(CypherRunner.of(tx), scope);
				return null;
			}, TransactionConfig.builder().withMetadata(LedgerState.DEFERRED).build());
		}
		var maintained = ledgerNodes();
		ledger.rebuild(done -> {
		});

		assertThat(rebuilt.keySet()).containsExactlyInAnyOrderElementsOf(maintained.keySet());
		rebuilt.forEach((label, nodes) -> assertThat(nodes).as(label).containsExactlyInAnyOrderElementsOf(maintained.get(label)));
		assertThat(rebuilt.get("__RaisableLedger")).as("the demo's results have rows").isNotEmpty();
		assertThat(rebuilt.get("__MeetingLedger")).as("the demo's meetings have rows").isNotEmpty();
		assertThat(rebuilt.get("__RadarDay")).as("the demo's planned meetings have radar days").isNotEmpty();
	}

	/**
	 * A graph whose ledger is of format 4 (no open actions on its meeting rows, no dated rows' counters, no first
	 * raisers of waiting results in Ottawa) is brought to the current format in place at start-up: the upgrade must
	 * leave the ledger a rebuild would.
	 */
	@Test
	void aFormatFourLedgerIsUpgradedInPlaceToTheLedgerARebuildMakes() {
		ledger.rebuild(done -> {
		});
		var rebuilt = ledgerNodes();
		assertThat(rebuilt.get("__MeetingLedger")).as("the demo's meetings with open actions")
			.anyMatch(row -> row.containsKey("openActions"));
		assertThat(rebuilt.get("__MeetingLedger")).as("the demo's Ottawa meetings that raised a waiting result")
			.anyMatch(row -> row.containsKey("firstRaiser"))
			.anyMatch(row -> row.containsKey("firstRaiserU"));
		try (var session = driver.session()) {
			session.executeWrite(tx -> tx.run("""
					CALL () { MATCH (row:__MeetingLedger) REMOVE row.openActions, row.firstRaiser, row.firstRaiserU }
					CALL () { MATCH (counter:__QuarterLedger) REMOVE counter.firstRaisers, counter.firstRaisersU }
					CALL () {
					  MATCH (counter) WHERE counter:__CountryLedger OR counter:__ProjectLedger
					  REMOVE counter.dated, counter.dated_ottawa, counter.dated_inCountry
					}
					MATCH (state:__LedgerState) SET state.format = 4
					""").consume(), TransactionConfig.builder().withMetadata(LedgerState.DEFERRED).build());
			assertThat(LedgerState.format(session)).isEqualTo(4);
			assertThat(LedgerState.upgradable(4)).isTrue();
			ledger.upgrade(4);
			assertThat(LedgerState.format(session)).isEqualTo(LedgerState.FORMAT);
		}
		var upgraded = ledgerNodes();
		rebuilt.forEach((label, nodes) -> assertThat(upgraded.get(label)).as(label).containsExactlyInAnyOrderElementsOf(nodes));
	}

	/** Every ledger node's properties by label, counters without their zeros (a counter that came back to 0). */
	private Map<String, List<Map<String, Object>>> ledgerNodes() {
		var nodes = new TreeMap<String, List<Map<String, Object>>>();
		for (String label : List.of("__RaisableLedger", "__MeetingLedger", "__CountryLedger", "__ProjectLedger",
				"__QuarterLedger", "__RadarDay")) {
			var rows = new ArrayList<Map<String, Object>>();
			driver.executableQuery("MATCH (n:$($label)) RETURN properties(n) AS p")
				.withParameters(Map.of("label", label))
				.execute()
				.records()
				.forEach(r -> {
					var properties = new TreeMap<>(r.get("p").asMap());
					properties.values().removeIf(v -> v instanceof Long n && n == 0);
					rows.add(properties);
				});
			nodes.put(label, rows);
		}
		return nodes;
	}
}
