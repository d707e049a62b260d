package ca.engagementgraph.leverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@GraphIntegrationTest
class LedgerSpikeTest {

	@Autowired
	Driver driver;

	List<String> differences() {
		var problems = new ArrayList<String>();
		try (var session = driver.session()) {
			List<String> countries = session.run("MATCH (c:Country) WHERE EXISTS { (c)<-[:IN]-(:Project) } RETURN c.iso2 AS c ORDER BY c")
				.list(r -> r.get("c").asString());
			List<String> departments = session.run("MATCH (d:Department) RETURN d.code AS d ORDER BY d").list(r -> r.get("d").asString());
			var depts = new ArrayList<String>();
			depts.add(null);
			depts.addAll(departments);
			var dates = new ArrayList<LocalDate>();
			dates.add(null);
			dates.addAll(List.of(LocalDate.of(2020, 6, 30), LocalDate.of(2023, 1, 1), LocalDate.of(2025, 3, 31)));
			for (String country : countries) {
				for (String channel : List.of("OTTAWA", "IN_COUNTRY", "ANY")) {
					for (String dept : depts) {
						for (LocalDate asOf : dates) {
							var params = new HashMap<String, Object>();
							params.put("country", country);
							params.put("channel", channel);
							params.put("attendedBy", dept);
							params.put("asOf", asOf);
							params.put("today", LocalDate.of(2026, 11, 21));
							params.put("sort", "CODE");
							Set<String> expected = new TreeSet<>(session.run(LeverageQueries.UNLEVERAGED_RESULTS + " RETURN key", params)
								.list(r -> r.get("key").asString()));
							String fact = switch (channel) {
								case "OTTAWA" -> "ottawa";
								case "IN_COUNTRY" -> "inCountry";
								default -> "any";
							} + (dept == null ? "" : "_" + dept);
							params.put("fact", fact);
							Set<String> actual = new TreeSet<>(session.run("""
									MATCH (row:RaisableLedger {kind: 'Result', country: $country})
									WHERE ($asOf IS NULL OR row.achievedOn <= $asOf)
									  AND coalesce(row[$fact], date('9999-12-31')) > coalesce($asOf, date('9999-12-30'))
									RETURN row.key AS key
									""", params).list(r -> r.get("key").asString()));
							if (!expected.equals(actual)) {
								problems.add(country + " " + channel + " " + dept + " " + asOf + ": expected " + expected + " got " + actual);
							}
						}
					}
				}
			}
			// coverage counters
			var params = new HashMap<String, Object>();
			params.put("country", null);
			params.put("by", "COUNTRY");
			for (var row : session.run(LeverageQueries.LEVERAGING_COVERAGE, params).list()) {
				String c = row.get("country").asNode().get("iso2").asString();
				var counters = session.run("MATCH (l:CountryLedger {country: $c}) RETURN properties(l) AS p", Map.of("c", c)).list();
				Map<String, Object> p = counters.isEmpty() ? Map.of() : counters.getFirst().get("p").asMap();
				long results = ((Number) p.getOrDefault("results", 0L)).longValue();
				long any = ((Number) p.getOrDefault("any", 0L)).longValue();
				long ottawa = ((Number) p.getOrDefault("ottawa", 0L)).longValue();
				long inCountry = ((Number) p.getOrDefault("inCountry", 0L)).longValue();
				String got = results + "/" + any + "/" + ottawa + "/" + inCountry;
				String want = row.get("results").asLong() + "/" + row.get("raisedAnywhere").asLong() + "/"
						+ row.get("raisedInOttawa").asLong() + "/" + row.get("raisedInCountry").asLong();
				if (!got.equals(want)) {
					problems.add("coverage " + c + " want " + want + " got " + got);
				}
			}
		}
		return problems;
	}

	@Test
	void ledgerAgreesWithTheQuestionsAfterTheSeedAndAfterWrites() {
		assertThat(differences()).isEmpty();
		try (var session = driver.session()) {
			// hold a planned meeting
			session.run("MATCH (e:Engagement {status: 'PLANNED'}) WITH e ORDER BY e.code LIMIT 3 SET e.status = 'HELD', e.date = date('2026-01-01')").consume();
			assertThat(differences()).as("after holding").isEmpty();
			// add raisings
			session.run("""
					MATCH (e:Engagement {status: 'HELD'})-[:WITH]->(:Mission)-[:REPRESENTS]->(c:Country)<-[:IN]-(:Project)<-[:OF]-(r:Result)
					WITH e, r ORDER BY e.code, r.code LIMIT 15
					MERGE (e)-[:RAISED]->(r)
					""").consume();
			assertThat(differences()).as("after raising").isEmpty();
			// remove raisings
			session.run("MATCH (e:Engagement)-[x:RAISED]->(:Result) WITH x ORDER BY elementId(x) LIMIT 20 DELETE x").consume();
			assertThat(differences()).as("after removing raisings").isEmpty();
			// move meetings later and cancel some
			session.run("MATCH (e:Engagement {status: 'HELD'}) WITH e ORDER BY e.code LIMIT 10 SET e.date = e.date + duration('P400D')").consume();
			assertThat(differences()).as("after re-dating").isEmpty();
			session.run("MATCH (e:Engagement {status: 'HELD'}) WITH e ORDER BY e.code DESC LIMIT 10 SET e.status = 'CANCELLED'").consume();
			assertThat(differences()).as("after cancelling").isEmpty();
			session.run("MATCH (e:Engagement)-[a:ATTENDED_BY]->() WITH a ORDER BY elementId(a) LIMIT 30 DELETE a").consume();
			assertThat(differences()).as("after attendance removed").isEmpty();
			session.run("MATCH (e:Engagement)-[w:WITH]->(:Mission) WITH w ORDER BY elementId(w) LIMIT 10 DELETE w").consume();
			assertThat(differences()).as("after counterparts removed").isEmpty();
			session.run("MATCH (r:Result) WITH r ORDER BY r.code LIMIT 3 DETACH DELETE r").consume();
			assertThat(differences()).as("after results deleted").isEmpty();
		}
	}
}
