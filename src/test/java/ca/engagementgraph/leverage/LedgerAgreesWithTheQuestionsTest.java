package ca.engagementgraph.leverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.api.read.Ordering;
import ca.engagementgraph.api.read.Visibility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger is exact whoever writes: random sequences of writes over Bolt (meetings held, cancelled and re-dated,
 * results raised and unraised, attendance and counterparts added and removed, results and projects moved,
 * created and deleted) on two fictional countries, and after each write every question answered from the ledger
 * equals the same question computed from scratch from the graph.
 */
@GraphIntegrationTest
// Writes over Bolt are seen by the embedded database's commit hook; an external database has none (its ledger
// follows the service's own writes, LedgerOnAnExternalDatabaseTest, and is rebuilt after anyone else's).
@DisabledIfSystemProperty(named = "engagement-graph.test.database", matches = "standalone|server-image")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerAgreesWithTheQuestionsTest {

	private static final List<String> COUNTRIES = List.of("XP", "XQ");
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	@Autowired
	Driver driver;

	@BeforeAll
	void buildTwoCountries() {
		try (var session = driver.session()) {
			session.run("""
					MATCH (canada:Country {iso2: 'CA'})
					UNWIND [{iso2: 'XP', iso3: 'XPP', name: 'Pelland'}, {iso2: 'XQ', iso3: 'XQQ', name: 'Quorra'}] AS spec
					CREATE (c:Country {iso2: spec.iso2, iso3: spec.iso3, nameEn: spec.name, nameFr: spec.name, region: 'EUROPE', version: 1})
					CREATE (:Mission {code: spec.iso2 + '-OTT', nameEn: 'Embassy', nameFr: 'Ambassade', kind: 'EMBASSY', city: 'Ottawa', version: 1})
					       -[:REPRESENTS]->(c)
					WITH c, spec, canada
					MATCH (m:Mission {code: spec.iso2 + '-OTT'}) CREATE (m)-[:LOCATED_IN]->(canada)
					CREATE (:Mission {code: spec.iso2 + '-CAN', nameEn: 'Canada abroad', nameFr: 'Canada', kind: 'EMBASSY', city: 'X', version: 1})
					       -[:LOCATED_IN]->(c)
					CREATE (:Authority {code: spec.iso2 + '-BP', nameEn: 'Police', nameFr: 'Police', kind: 'BORDER_POLICE', version: 1})-[:OF]->(c)
					WITH c, spec
					UNWIND range(1, 3) AS p
					CREATE (project:Project {code: spec.iso2 + '-P' + p, titleEn: 'P', titleFr: 'P', status: 2, start: date('2019-01-01'),
					        end: date('2024-12-31'), fundingCad: 100000 * p, version: 1})-[:IN]->(c)
					WITH c, spec, project, p
					UNWIND range(1, 4) AS r
					CREATE (:Result {code: project.code + '-R' + r, summaryEn: 'R', summaryFr: 'R', indicatorEn: 'i', indicatorFr: 'i',
					        type: 'OUTPUT', achievedOn: date('2019-06-01') + duration({days: 97 * (p * 4 + r)}), version: 1})-[:OF]->(project)
					""").consume();
			session.run("""
					UNWIND ['XP', 'XQ'] AS iso2
					MATCH (c:Country {iso2: iso2})
					UNWIND range(1, 12) AS n
					WITH c, iso2, n, CASE n % 3 WHEN 0 THEN iso2 + '-OTT' WHEN 1 THEN iso2 + '-BP' ELSE iso2 + '-CAN' END AS with
					MATCH (counterpart {code: with})
					CREATE (e:Engagement {code: iso2 + '-E' + n, date: date('2020-01-15') + duration({days: 151 * n}),
					        status: CASE WHEN n > 10 THEN 'PLANNED' ELSE 'HELD' END, kind: 'BILATERAL_MEETING',
					        setting: CASE n % 3 WHEN 0 THEN 'OTTAWA' ELSE 'IN_COUNTRY' END, level: 'DG', summaryEn: 's', summaryFr: 's', version: 1})
					CREATE (e)-[:WITH]->(counterpart), (e)-[:CONCERNS]->(c)
					CREATE (:Action {code: iso2 + '-A' + n, status: CASE WHEN n % 3 = 0 THEN 'DONE' ELSE 'OPEN' END,
					        due: date('2026-01-01') + duration({days: 11 * n}), textEn: 'Write to ' + c.nameEn, textFr: 'Écrire',
					        version: 1})-[:FROM]->(e)
					WITH e
					MATCH (cbsa:Department {code: 'CBSA'})
					CREATE (e)-[:ATTENDED_BY {lead: true}]->(cbsa)
					""").consume();
		}
	}

	@AfterAll
	void removeThem() {
		try (var session = driver.session()) {
			session.run("MATCH (n) WHERE n.code STARTS WITH 'XP-' OR n.code STARTS WITH 'XQ-' OR n.iso2 IN ['XP', 'XQ'] DETACH DELETE n")
				.consume();
			assertThat(session.run("""
					MATCH (row) WHERE (row:__RaisableLedger OR row:__MeetingLedger OR row:__ProjectLedger) AND row.country IN ['XP', 'XQ']
					RETURN count(row) AS left
					""").single().get("left").asLong()).as("ledger rows of deleted countries").isZero();
		}
	}

	@Test
	void randomWritesOverBoltKeepEveryAnswerEqualToTheAnswerFromScratch() {
		long seed = Long.getLong("ledger.seed", System.nanoTime());
		var random = new Random(seed);
		var done = new ArrayList<String>();
		try (var session = driver.session()) {
			assertThat(differences(session, random)).as("after the fixture is built").isEmpty();
			for (int step = 0; step < 40; step++) {
				var write = WRITES.get(random.nextInt(WRITES.size()));
				var parameters = Map.<String, Object>of("iso2", COUNTRIES.get(random.nextInt(2)), "pick", random.nextInt(1000),
						"other", random.nextInt(1000), "days", random.nextInt(900) - 450);
				session.run(write.cypher(), parameters).consume();
				done.add(write.name() + " " + parameters);
				assertThat(differences(session, random)).as("seed %d, after %s", seed, done).isEmpty();
			}
		}
	}

	/**
	 * The program-wide count of missed Ottawa meetings subtracts the meetings that first raised a waiting result there:
	 * when an earlier meeting takes that place, the later one's mark must go with it (it did not change itself).
	 */
	@Test
	void aMeetingThatRaisesAResultEarlierInOttawaTakesOverAsItsFirstRaiser() {
		var write = WRITES.stream().filter(w -> w.name().equals(EARLIER_OTTAWA_RAISING)).findFirst().orElseThrow();
		var random = new Random(7);
		try (var session = driver.session()) {
			// Each country's first project's results raised with its embassy in Ottawa (meetings 6 and 9 are there).
			session.run("""
					UNWIND ['XP', 'XQ'] AS iso2
					MATCH (e:Engagement {status: 'HELD'}) WHERE e.code IN [iso2 + '-E6', iso2 + '-E9']
					MATCH (r:Result) WHERE r.code STARTS WITH iso2 + '-P1-' AND r.achievedOn < e.date
					MERGE (e)-[:RAISED]->(r)
					""").consume();
			assertThat(differences(session, random)).as("after raising results in Ottawa").isEmpty();
			for (int step = 0; step < 6; step++) {
				var parameters = Map.<String, Object>of("iso2", COUNTRIES.get(step % 2), "pick", step, "other", 900 + step);
				session.run(write.cypher(), parameters).consume();
				assertThat(differences(session, random)).as("after %s %s", write.name(), parameters).isEmpty();
			}
		}
	}

	@Autowired
	HttpGraphQlTester graphQl;

	/**
	 * The same, through the product's own mutations (record, hold, cancel, re-date, re-list what was raised, re-date
	 * a result): the ledger follows the service's writes as it follows anyone's. A mutation the domain rules refuse
	 * (a held meeting raising a result achieved after it, say) writes nothing, and the answers must still agree.
	 */
	@Test
	void randomMutationsKeepEveryAnswerEqualToTheAnswerFromScratch() {
		long seed = Long.getLong("ledger.seed", System.nanoTime());
		var random = new Random(seed);
		var done = new ArrayList<String>();
		int accepted = 0;
		try (var session = driver.session()) {
			// Bolt writes (the other test) may have left meetings the rules refuse to touch (a counterpart of the other
			// country) and results renamed out of the key pattern: keep going until enough mutations were accepted.
			for (int step = 0; step < 80 && accepted < 12; step++) {
				String iso2 = COUNTRIES.get(random.nextInt(2));
				var mutation = MUTATIONS.get(random.nextInt(MUTATIONS.size()));
				var input = mutation.input().apply(new Pick(session, random, iso2, step));
				if (input == null) {
					continue;
				}
				var errors = graphQl.document("mutation($input: %s!) { %s(input: $input) { errors { code field } } }"
					.formatted(mutation.inputType(), mutation.name())).variable("input", input).execute()
					.path(mutation.name() + ".errors").entityList(Object.class).get();
				accepted += errors.isEmpty() ? 1 : 0;
				done.add(mutation.name() + " " + input + (errors.isEmpty() ? "" : " refused " + errors));
				assertThat(differences(session, random)).as("seed %d, after %s", seed, done).isEmpty();
			}
		}
		assertThat(accepted).as("mutations accepted (seed %d): %s", seed, done).isGreaterThanOrEqualTo(6);
	}

	/** What a mutation is chosen about: the country, and nodes of it picked at random. */
	private record Pick(Session session, Random random, String iso2, int step) {

		String one(String cypher) {
			var found = session.run(cypher, Map.of("iso2", iso2)).list(r -> r.get(0).asString());
			return found.isEmpty() ? null : found.get(random.nextInt(found.size()));
		}

		List<String> some(String cypher, int most) {
			var found = new ArrayList<>(session.run(cypher, Map.of("iso2", iso2)).list(r -> r.get(0).asString()));
			java.util.Collections.shuffle(found, random);
			return List.copyOf(found.subList(0, Math.min(found.size(), random.nextInt(most + 1))));
		}

		long version(String code) {
			return session.run("MATCH (n {code: $code}) RETURN n.version AS v", Map.of("code", code)).single().get("v").asLong(1);
		}

		String date() {
			return LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2400)).toString();
		}
	}

	private record Mutation(String name, String inputType, Function<Pick, Map<String, Object>> input) {
	}

	private static final String MEETINGS = "MATCH (e:Engagement) WHERE e.code STARTS WITH $iso2 RETURN e.code ORDER BY e.code";
	/** Results whose key a mutation accepts (the Bolt writes rename some out of the pattern, with a trailing x). */
	private static final String RESULTS = "MATCH (r:Result) WHERE r.code STARTS WITH $iso2 AND NOT r.code ENDS WITH 'x' RETURN r.code ORDER BY r.code";

	private static final List<Mutation> MUTATIONS = List.of(
			new Mutation("recordEngagement", "RecordEngagementInput", pick -> {
				String counterpart = List.of("-OTT", "-BP", "-CAN").get(pick.random().nextInt(3));
				return ca.engagementgraph.MeetingInputs.meeting(pick.iso2() + "-M" + pick.step())
					.on(pick.date())
					.status(pick.random().nextBoolean() ? "HELD" : "PLANNED")
					.setting(counterpart.equals("-OTT") ? "OTTAWA" : "IN_COUNTRY")
					.with(pick.iso2() + counterpart, pick.iso2())
					.ledBy(pick.random().nextBoolean() ? "CBSA" : "IRCC")
					.raising(pick.some(RESULTS, 3).toArray(String[]::new))
					.build();
			}),
			new Mutation("holdEngagement", "HoldEngagementInput", pick -> {
				String code = pick.one("MATCH (e:Engagement {status: 'PLANNED'}) WHERE e.code STARTS WITH $iso2 RETURN e.code ORDER BY e.code");
				return code == null ? null : Map.of("code", code, "version", pick.version(code), "raisedResults", pick.some(RESULTS, 2));
			}),
			new Mutation("cancelEngagement", "CancelEngagementInput", pick -> {
				String code = pick.one("MATCH (e:Engagement {status: 'PLANNED'}) WHERE e.code STARTS WITH $iso2 RETURN e.code ORDER BY e.code");
				return code == null ? null : Map.of("code", code, "version", pick.version(code));
			}),
			new Mutation("updateEngagement", "UpdateEngagementInput", pick -> {
				String code = pick.one(MEETINGS);
				return code == null ? null : Map.of("code", code, "version", pick.version(code), "date", pick.date());
			}),
			new Mutation("updateEngagement", "UpdateEngagementInput", pick -> {
				String code = pick.one(MEETINGS);
				return code == null ? null : Map.of("code", code, "version", pick.version(code), "raisedResults", pick.some(RESULTS, 3));
			}),
			new Mutation("updateResult", "UpdateResultInput", pick -> {
				String code = pick.one(RESULTS);
				return code == null ? null : Map.of("code", code, "version", pick.version(code), "achievedOn", pick.date());
			}));

	private record Write(String name, String cypher) {
	}

	/**
	 * A held meeting with the country's mission in Canada that raises a result already raised there, a day or three
	 * before its first raising there: the meeting that was first no longer is, though nothing changed on it.
	 */
	private static final String EARLIER_OTTAWA_RAISING = "raise a result in Ottawa before its first raising there";

	/** Each write picks its nodes among the fictional countries' with {@code $pick} and {@code $other}. */
	private static final List<Write> WRITES = List.of(
			new Write("raise a result", """
					MATCH (e:Engagement) WHERE e.code STARTS WITH $iso2 WITH e ORDER BY e.code
					WITH collect(e) AS meetings MATCH (r:Result) WHERE r.code STARTS WITH $iso2 WITH meetings, r ORDER BY r.code
					WITH meetings, collect(r) AS results
					WITH meetings[$pick % size(meetings)] AS e, results[$other % size(results)] AS r
					MERGE (e)-[:RAISED]->(r)"""),
			new Write(EARLIER_OTTAWA_RAISING, """
					MATCH (r:Result)<-[:RAISED]-(e:Engagement {status: 'HELD'})-[:WITH]->(m:Mission)-[:REPRESENTS]->(:Country {iso2: $iso2})
					WHERE r.code STARTS WITH $iso2 AND EXISTS { (m)-[:LOCATED_IN]->(:Country {iso2: 'CA'}) }
					WITH r, m, min(e.date) AS first ORDER BY r.code, m.code
					WITH collect([r, m, first]) AS found WHERE size(found) > 0 WITH found[$pick % size(found)] AS t
					MERGE (e:Engagement {code: $iso2 + '-EARLIER-' + $other})
					ON CREATE SET e += {status: 'HELD', date: t[2] - duration({days: 1 + $other % 3}), setting: 'OTTAWA',
					                    kind: 'HEAD_OF_MISSION_MEETING', level: 'DG', summaryEn: 'E', summaryFr: 'E', version: 1}
					WITH e, t WITH e, t[0] AS r, t[1] AS m
					MERGE (e)-[:WITH]->(m)
					MERGE (e)-[:RAISED]->(r)"""),
			new Write("raise a project", """
					MATCH (e:Engagement) WHERE e.code STARTS WITH $iso2 WITH e ORDER BY e.code
					WITH collect(e) AS meetings MATCH (p:Project) WHERE p.code STARTS WITH $iso2 WITH meetings, p ORDER BY p.code
					WITH meetings, collect(p) AS projects
					WITH meetings[$pick % size(meetings)] AS e, projects[$other % size(projects)] AS p
					MERGE (e)-[:RAISED]->(p)"""),
			new Write("unraise", """
					MATCH (e:Engagement)-[x:RAISED]->() WHERE e.code STARTS WITH $iso2 WITH x ORDER BY elementId(x)
					WITH collect(x) AS found WHERE size(found) > 0 WITH found[$pick % size(found)] AS x DELETE x"""),
			new Write("hold", """
					MATCH (e:Engagement) WHERE e.code STARTS WITH $iso2 AND e.status <> 'HELD' WITH e ORDER BY e.code
					WITH collect(e) AS found WHERE size(found) > 0 WITH found[$pick % size(found)] AS e SET e.status = 'HELD'"""),
			new Write("cancel", """
					MATCH (e:Engagement) WHERE e.code STARTS WITH $iso2 AND e.status = 'HELD' WITH e ORDER BY e.code
					WITH collect(e) AS found WHERE size(found) > 0 WITH found[$pick % size(found)] AS e SET e.status = 'CANCELLED'"""),
			new Write("re-date a meeting", """
					MATCH (e:Engagement) WHERE e.code STARTS WITH $iso2 WITH e ORDER BY e.code
					WITH collect(e) AS found WITH found[$pick % size(found)] AS e SET e.date = e.date + duration({days: $days})"""),
			new Write("re-date a result", """
					MATCH (r:Result) WHERE r.code STARTS WITH $iso2 WITH r ORDER BY r.code
					WITH collect(r) AS found WITH found[$pick % size(found)] AS r SET r.achievedOn = r.achievedOn + duration({days: $days})"""),
			new Write("attend", """
					MATCH (e:Engagement) WHERE e.code STARTS WITH $iso2 WITH e ORDER BY e.code
					WITH collect(e) AS meetings MATCH (a) WHERE a:Department OR a:Unit WITH meetings, a ORDER BY a.code
					WITH meetings, collect(a) AS attendees
					WITH meetings[$pick % size(meetings)] AS e, attendees[$other % size(attendees)] AS a
					MERGE (e)-[:ATTENDED_BY {lead: false}]->(a)"""),
			new Write("leave", """
					MATCH (e:Engagement)-[x:ATTENDED_BY]->() WHERE e.code STARTS WITH $iso2 WITH x ORDER BY elementId(x)
					WITH collect(x) AS found WHERE size(found) > 0 WITH found[$pick % size(found)] AS x DELETE x"""),
			new Write("meet another counterpart", """
					MATCH (e:Engagement) WHERE e.code STARTS WITH $iso2 WITH e ORDER BY e.code
					WITH collect(e) AS meetings MATCH (w) WHERE (w:Mission OR w:Authority) AND w.code STARTS WITH $iso2
					WITH meetings, w ORDER BY w.code WITH meetings, collect(w) AS counterparts
					WITH meetings[$pick % size(meetings)] AS e, counterparts[$other % size(counterparts)] AS w
					MERGE (e)-[:WITH]->(w)"""),
			new Write("drop a counterpart", """
					MATCH (e:Engagement)-[x:WITH]->() WHERE e.code STARTS WITH $iso2 WITH x ORDER BY elementId(x)
					WITH collect(x) AS found WHERE size(found) > 0 WITH found[$pick % size(found)] AS x DELETE x"""),
			new Write("change the setting", """
					MATCH (e:Engagement) WHERE e.code STARTS WITH $iso2 WITH e ORDER BY e.code
					WITH collect(e) AS found WITH found[$pick % size(found)] AS e
					SET e.setting = CASE e.setting WHEN 'IN_COUNTRY' THEN 'OTTAWA' ELSE 'IN_COUNTRY' END"""),
			new Write("concern the other country too", """
					MATCH (e:Engagement) WHERE e.code STARTS WITH $iso2 WITH e ORDER BY e.code
					WITH collect(e) AS found WITH found[$pick % size(found)] AS e
					MATCH (other:Country) WHERE other.iso2 IN ['XP', 'XQ'] AND other.iso2 <> $iso2
					MERGE (e)-[:CONCERNS]->(other)"""),
			new Write("drop a concern", """
					MATCH (e:Engagement)-[x:CONCERNS]->() WHERE e.code STARTS WITH 'XP' OR e.code STARTS WITH 'XQ'
					WITH x ORDER BY elementId(x)
					WITH collect(x) AS found WHERE size(found) > 0 WITH found[$pick % size(found)] AS x DELETE x"""),
			new Write("move a result to another project", """
					MATCH (r:Result)-[x:OF]->() WHERE r.code STARTS WITH $iso2 WITH r, x ORDER BY r.code
					WITH collect([r, x]) AS found WITH found[$pick % size(found)] AS pair
					MATCH (p:Project) WHERE (p.code STARTS WITH 'XP' OR p.code STARTS WITH 'XQ') AND p <> endNode(pair[1])
					WITH pair, p ORDER BY p.code WITH pair, collect(p) AS projects
					WITH pair, projects[$other % size(projects)] AS p
					DELETE pair[1] WITH pair, p WITH pair[0] AS r, p CREATE (r)-[:OF]->(p)"""),
			new Write("move a project to the other country", """
					MATCH (p:Project)-[x:IN]->(c:Country) WHERE p.code STARTS WITH $iso2 WITH p, x, c ORDER BY p.code
					WITH collect([p, x, c]) AS found WITH found[$pick % size(found)] AS t
					MATCH (other:Country) WHERE other.iso2 IN ['XP', 'XQ'] AND other <> t[2]
					DELETE t[1] WITH t, other WITH t[0] AS p, other CREATE (p)-[:IN]->(other)"""),
			new Write("delete a result", """
					MATCH (r:Result) WHERE r.code STARTS WITH $iso2 WITH r ORDER BY r.code
					WITH collect(r) AS found WHERE size(found) > 3 WITH found[$pick % size(found)] AS r DETACH DELETE r"""),
			new Write("create a result", """
					MATCH (p:Project) WHERE p.code STARTS WITH $iso2 WITH p ORDER BY p.code
					WITH collect(p) AS found WHERE size(found) > 0 WITH found[$pick % size(found)] AS p
					MERGE (r:Result {code: p.code + '-N' + $other})
					ON CREATE SET r += {summaryEn: 'N', summaryFr: 'N', indicatorEn: 'i', indicatorFr: 'i', type: 'OUTCOME',
					              achievedOn: date('2021-01-01') + duration({days: $days + 450}), version: 1}
					MERGE (r)-[:OF]->(p)"""),
			new Write("delete a meeting", """
					MATCH (e:Engagement) WHERE e.code STARTS WITH $iso2 WITH e ORDER BY e.code
					WITH collect(e) AS found WHERE size(found) > 4 WITH found[$pick % size(found)] AS e DETACH DELETE e"""),
			new Write("classify a meeting", """
					MATCH (e:Engagement) WHERE e.code STARTS WITH $iso2 WITH e ORDER BY e.code
					WITH collect(e) AS found WITH found[$pick % size(found)] AS e
					SET e.classification = CASE coalesce(e.classification, 'UNCLASSIFIED') WHEN 'UNCLASSIFIED' THEN 'PROTECTED_B' ELSE 'UNCLASSIFIED' END"""),
			new Write("classify a result", """
					MATCH (r:Result) WHERE r.code STARTS WITH $iso2 WITH r ORDER BY r.code
					WITH collect(r) AS found WITH found[$pick % size(found)] AS r
					SET r.classification = CASE coalesce(r.classification, 'UNCLASSIFIED') WHEN 'UNCLASSIFIED' THEN 'PROTECTED_B' ELSE 'UNCLASSIFIED' END"""),
			new Write("approve a key message about a result", """
					MATCH (r:Result) WHERE r.code STARTS WITH $iso2 WITH r ORDER BY r.code
					WITH collect(r) AS found WITH found[$pick % size(found)] AS r
					MERGE (m:KeyMessage {code: $iso2 + '-KM' + ($other % 4)})
					ON CREATE SET m += {textEn: 'k', textFr: 'k', approvedOn: date('2023-01-01'), version: 1}
					MERGE (m)-[:ABOUT]->(r)"""),
			new Write("approve a key message about a project", """
					MATCH (p:Project) WHERE p.code STARTS WITH $iso2 WITH p ORDER BY p.code
					WITH collect(p) AS found WITH found[$pick % size(found)] AS p
					MERGE (m:KeyMessage {code: $iso2 + '-KM' + ($other % 4)})
					ON CREATE SET m += {textEn: 'k', textFr: 'k', approvedOn: date('2023-01-01'), version: 1}
					MERGE (m)-[:ABOUT]->(p)"""),
			new Write("drop what a key message is about", """
					MATCH (m:KeyMessage)-[x:ABOUT]->() WHERE m.code STARTS WITH $iso2 WITH x ORDER BY elementId(x)
					WITH collect(x) AS found WHERE size(found) > 0 WITH found[$pick % size(found)] AS x DELETE x"""),
			new Write("classify a key message", """
					MATCH (m:KeyMessage) WHERE m.code STARTS WITH $iso2 WITH m ORDER BY m.code
					WITH collect(m) AS found WHERE size(found) > 0 WITH found[$pick % size(found)] AS m
					SET m.classification = CASE coalesce(m.classification, 'UNCLASSIFIED') WHEN 'UNCLASSIFIED' THEN 'PROTECTED_B' ELSE 'UNCLASSIFIED' END"""),
			new Write("withdraw a key message's approval", """
					MATCH (m:KeyMessage) WHERE m.code STARTS WITH $iso2 WITH m ORDER BY m.code
					WITH collect(m) AS found WHERE size(found) > 0 WITH found[$pick % size(found)] AS m
					SET m.approvedOn = CASE WHEN m.approvedOn IS NULL THEN date('2024-02-02') END"""),
			new Write("delete a key message", """
					MATCH (m:KeyMessage) WHERE m.code STARTS WITH $iso2 WITH m ORDER BY m.code
					WITH collect(m) AS found WHERE size(found) > 0 WITH found[$pick % size(found)] AS m DETACH DELETE m"""),
			new Write("re-type a result", """
					MATCH (r:Result) WHERE r.code STARTS WITH $iso2 WITH r ORDER BY r.code
					WITH collect(r) AS found WITH found[$pick % size(found)] AS r
					SET r.type = ['OUTPUT', 'OUTCOME', 'IMPACT'][$other % 3]"""),
			new Write("agree a follow-up action", """
					MATCH (e:Engagement) WHERE e.code STARTS WITH $iso2 WITH e ORDER BY e.code
					WITH collect(e) AS found WITH found[$pick % size(found)] AS e
					MERGE (a:Action {code: $iso2 + '-A' + (100 + $other % 20)})
					ON CREATE SET a += {status: 'OPEN', due: date('2026-06-01') + duration({days: $days}),
					              textEn: CASE WHEN $other % 2 = 0 THEN 'About Pelland' ELSE 'Call back' END, textFr: 'Rappeler', version: 1}
					MERGE (a)-[:FROM]->(e)"""),
			new Write("close or reopen an action", """
					MATCH (a:Action) WHERE a.code STARTS WITH $iso2 WITH a ORDER BY a.code
					WITH collect(a) AS found WHERE size(found) > 0 WITH found[$pick % size(found)] AS a
					SET a.status = CASE a.status WHEN 'OPEN' THEN ['DONE', 'DROPPED'][$other % 2] ELSE 'OPEN' END"""),
			new Write("move an action to another meeting", """
					MATCH (a:Action)-[x:FROM]->() WHERE a.code STARTS WITH $iso2 WITH a, x ORDER BY a.code
					WITH collect([a, x]) AS found WHERE size(found) > 0 WITH found[$pick % size(found)] AS pair
					MATCH (e:Engagement) WHERE e.code STARTS WITH 'XP' OR e.code STARTS WITH 'XQ'
					WITH pair, e ORDER BY e.code WITH pair, collect(e) AS meetings
					WITH pair, meetings[$other % size(meetings)] AS e
					DELETE pair[1] WITH pair, e WITH pair[0] AS a, e CREATE (a)-[:FROM]->(e)"""),
			new Write("delete an action", """
					MATCH (a:Action) WHERE a.code STARTS WITH $iso2 WITH a ORDER BY a.code
					WITH collect(a) AS found WHERE size(found) > 2 WITH found[$pick % size(found)] AS a DETACH DELETE a"""),
			new Write("rename a result", """
					MATCH (r:Result) WHERE r.code STARTS WITH $iso2 WITH r ORDER BY r.code
					WITH collect(r) AS found WITH found[$pick % size(found)] AS r SET r.code = r.code + 'x'"""));

	/** Every question on both countries, from the ledger and from scratch, and what differs. */
	private List<String> differences(Session session, Random random) {
		var problems = new ArrayList<String>();
		List<String> departments = session.run("MATCH (d:Department) RETURN d.code AS d ORDER BY d").list(r -> r.get("d").asString());
		String department = departments.get(random.nextInt(departments.size()));
		LocalDate asOf = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2400));
		for (String country : COUNTRIES) {
			for (String channel : List.of("OTTAWA", "IN_COUNTRY", "ANY")) {
				for (String attendedBy : new String[] { null, department }) {
					for (LocalDate date : new LocalDate[] { null, asOf }) {
						for (boolean cleared : new boolean[] { true, false }) {
							problems.addAll(unleveraged(session, parameters(country, channel, attendedBy, date, cleared)));
						}
					}
				}
			}
			// Every country's coverage too (asked without a country, once a step): it has branches of its own in the
			// ledger's statement.
			List<String> asked = country.equals(COUNTRIES.getFirst()) ? Arrays.asList(country, null) : List.of(country);
			for (String coverageOf : asked) {
				for (String by : List.of("COUNTRY", "PROJECT")) {
					var parameters = parameters(coverageOf, "OTTAWA", null, null);
					parameters.put("by", by);
					var expected = rows(session, LeverageQueries.LEVERAGING_COVERAGE, parameters,
							LedgerAgreesWithTheQuestionsTest::coverage);
					parameters.put("u", "");
					var actual = rows(session, LedgerQuestions.COVERAGE, parameters, LedgerAgreesWithTheQuestionsTest::coverage);
					if (!expected.equals(actual)) {
						problems.add("coverage by " + by + " of " + (coverageOf == null ? "every country" : coverageOf)
								+ ": expected " + expected + " got " + actual);
					}
				}
			}
			for (boolean cleared : new boolean[] { true, false }) {
				problems.addAll(missedOpportunities(session, country, cleared, random.nextBoolean() ? null : asOf));
				problems.addAll(programMissedOpportunities(session, country, cleared));
			}
			problems.addAll(tdTimeline(session, country));
			for (String code : session.run("MATCH (e:Engagement) WHERE e.code STARTS WITH $c RETURN e.code AS code ORDER BY code",
					Map.of("c", country)).list(r -> r.get("code").asString())) {
				for (String counterpart : session.run("MATCH (:Engagement {code: $code})-[:WITH]->(w) RETURN w.code AS w",
						Map.of("code", code)).list(r -> r.get("w").asString())) {
					var briefing = parameters(country, "OTTAWA", null, null);
					briefing.put("counterpart", counterpart);
					for (boolean cleared : new boolean[] { true, false }) {
						briefing.put("cleared", cleared);
						var want = rows(session, LeverageQueries.BRIEFING_RESULTS, briefing,
								r -> r.get("result").get("code").asString() + " " + r.get("keyMessages").asList(m -> m.get("code").asString()));
						var got = rows(session, LedgerQuestions.BRIEFING_RESULTS, briefing,
								r -> r.get("key").asString() + " " + r.get("node").get("keyMessages").asList(m -> m.get("code").asString()));
						long total = session.run(Visibility.expand(LedgerQuestions.COUNT_BRIEFING_RESULTS), briefing).single()
							.get("total").asLong();
						if (!want.equals(got) || total != want.size()) {
							problems.add("briefing " + country + " with " + counterpart + " (cleared " + cleared + "): expected "
									+ want + " got " + got + " in all " + total);
						}
					}
				}
			}
			for (boolean cleared : new boolean[] { true, false }) {
				var actions = Map.<String, Object>of("country", country, "cleared", cleared, "first", 1000);
				Function<Record, String> listed = r -> r.get("total").asLong() + " "
						+ r.get("actions").asList(a -> a.asNode().get("code").asString());
				var want = rows(session, LeverageQueries.BRIEFING_OPEN_ACTIONS, actions, listed);
				var got = rows(session, LedgerQuestions.BRIEFING_OPEN_ACTIONS, actions, listed);
				if (!want.equals(got)) {
					problems.add("open actions of " + country + " (cleared " + cleared + "): expected " + want + " got " + got);
				}
			}
			problems.addAll(countryProfile(session, country));
			var gaps = parameters(country, "OTTAWA", department, null);
			gaps.put("sort", "CODE");
			var wantGaps = rows(session, LeverageQueries.DISSEMINATION_GAPS + " RETURN key, node.raisedWithoutDepartment AS n ORDER BY key",
					gaps, r -> r.get("key").asString() + " " + r.get("n").asLong());
			var gapFact = LedgerQuestions.Fact.of("ANY", false, department);
			var gotGaps = rows(session, LedgerQuestions.disseminationGaps(gapFact, gaps.get("country") != null, true, false),
					gaps, r -> r.get("key").asString() + " " + r.get("node").get("raisedWithoutDepartment").asLong());
			long gapTotal = session.run(LedgerQuestions.countDisseminationGaps(gapFact), gaps).single().get("total").asLong();
			if (!wantGaps.equals(gotGaps) || gapTotal != wantGaps.size()) {
				problems.add("dissemination gaps " + country + " " + department + ": expected " + wantGaps + " got " + gotGaps
						+ " in all " + gapTotal);
			}
		}
		problems.addAll(radarPriorities(session));
		problems.addAll(radarDays(session));
		problems.addAll(openActionsAndDatedRows(session));
		return problems;
	}

	/**
	 * The facts that only narrow a walk or shorten a count, against the graph: each meeting row's open actions (a row
	 * without the count would hide its meeting's actions from the briefing; one with a stale count only costs a
	 * look), and each country's counters of dated rows.
	 */
	private List<String> openActionsAndDatedRows(Session session) {
		var problems = new ArrayList<String>(rows(session, """
				MATCH (row:__MeetingLedger) WHERE row.country IN ['XP', 'XQ']
				OPTIONAL MATCH (e:Engagement {code: row.meeting})
				WITH row, COUNT { (e)<-[:FROM]-(:Action {status: 'OPEN'}) } AS open
				WHERE coalesce(row.openActions, 0) <> open
				RETURN 'open actions of ' + row.id + ': expected ' + toString(open) + ' got '
				       + toString(coalesce(row.openActions, 0)) AS problem ORDER BY problem
				""", Map.of(), r -> r.get("problem").asString()));
		problems.addAll(rows(session, """
				UNWIND ['XP', 'XQ'] AS country
				OPTIONAL MATCH (row:__RaisableLedger {country: country, kind: 'Result'})
				WHERE row.key IS NOT NULL AND row.achievedOn IS NOT NULL
				WITH country, count(row) AS dated, count(CASE WHEN row.ottawa < date('9999-12-31') THEN 1 END) AS ottawa,
				     count(CASE WHEN row.inCountry < date('9999-12-31') THEN 1 END) AS inCountry
				OPTIONAL MATCH (counter:__CountryLedger {country: country})
				WITH country, toString(dated) + '/' + toString(ottawa) + '/' + toString(inCountry) AS expected,
				     toString(coalesce(counter.dated, 0)) + '/' + toString(coalesce(counter.dated_ottawa, 0)) + '/'
				     + toString(coalesce(counter.dated_inCountry, 0)) AS got
				WHERE expected <> got
				RETURN 'dated rows of ' + country + ': expected ' + expected + ' got ' + got AS problem
				""", Map.of(), r -> r.get("problem").asString()));
		return problems;
	}

	/**
	 * The opportunity radar's day counts (its totals and each entry's other chances) against the planned meeting rows
	 * counted one by one: each test country's days, and the all-countries day of every date they touch against the sum
	 * of every country's days of that date.
	 */
	private List<String> radarDays(Session session) {
		String key = ca.engagementgraph.model.DerivedConcepts.radarDayKey("visibility = 'all'", "channel", "department");
		String forumKey = ca.engagementgraph.model.DerivedConcepts.radarDayForumKey("visibility = 'all'", "forum");
		var expected = rows(session, """
				MATCH (m:__MeetingLedger {status: 'PLANNED'}) WHERE m.country IN ['XP', 'XQ'] AND m.meeting IS NOT NULL
				UNWIND CASE WHEN m.unclassified THEN ['all', 'u'] ELSE ['all'] END AS visibility
				CALL (m, visibility) {
				  UNWIND %s AS channel
				  UNWIND [null] + coalesce(m.departments, []) AS department
				  RETURN %s AS key
				  UNION ALL
				  UNWIND CASE WHEN m.concerns THEN coalesce(m.forums, []) ELSE [] END AS forum
				  RETURN %s AS key
				}
				WITH m.country AS country, m.date AS date, key, count(*) AS n
				RETURN country + ' ' + toString(date) + ' ' + key + '=' + toString(n) AS line ORDER BY line
				""".formatted(ca.engagementgraph.model.DerivedConcepts.ledgerMeetingChannels("m"), key, forumKey),
				Map.of(), r -> r.get("line").asString());
		var stored = rows(session, """
				MATCH (d:__RadarDay) WHERE d.country IN ['XP', 'XQ']
				UNWIND [name IN keys(d) WHERE NOT name IN ['id', 'country', 'date']] AS name
				RETURN d.country + ' ' + toString(d.date) + ' ' + name + '=' + toString(d[name]) AS line ORDER BY line
				""", Map.of(), r -> r.get("line").asString());
		var problems = new ArrayList<String>();
		if (!expected.equals(stored)) {
			problems.add("radar days: expected " + expected + " got " + stored);
		}
		problems.addAll(rows(session, """
				MATCH (d:__RadarDay) WHERE d.country <> '*'
				UNWIND [name IN keys(d) WHERE NOT name IN ['id', 'country', 'date'] AND NOT name CONTAINS '|forum|'] AS name
				WITH d.date AS date, name, sum(d[name]) AS sum
				OPTIONAL MATCH (everyCountry:__RadarDay {country: '*', date: date})
				WITH date, name, sum, everyCountry WHERE coalesce(everyCountry[name], 0) <> sum
				RETURN 'radar day * ' + toString(date) + ' ' + name + ': expected ' + toString(sum) + ' got '
				       + toString(coalesce(everyCountry[name], 0)) AS problem ORDER BY problem
				""", Map.of(), r -> r.get("problem").asString()));
		problems.addAll(rows(session, """
				MATCH (everyCountry:__RadarDay {country: '*'})
				UNWIND [name IN keys(everyCountry) WHERE NOT name IN ['id', 'country', 'date'] AND everyCountry[name] <> 0] AS name
				WITH everyCountry, name WHERE NOT EXISTS {
				  MATCH (d:__RadarDay {date: everyCountry.date}) WHERE d.country <> '*' AND d[name] IS NOT NULL }
				RETURN 'radar day * ' + toString(everyCountry.date) + ' ' + name + ': counts ' + toString(everyCountry[name])
				       + ' with no country day' AS problem ORDER BY problem
				""", Map.of(), r -> r.get("problem").asString()));
		return problems;
	}

	/**
	 * The opportunity radar's priority dates on the result rows, against the same computed from scratch from the
	 * graph (MODEL.md, "Radar score"): achievedOn less 30 days per point of type (IMPACT 6, OUTCOME 4) and of an
	 * approved key message about the result or its project (3; an Unclassified one for the {@code U} twin).
	 */
	private List<String> radarPriorities(Session session) {
		return session.run("""
				MATCH (row:__RaisableLedger {kind: 'Result'}) WHERE row.country IN ['XP', 'XQ']
				MATCH (r:Result {code: row.key})
				WITH row, r, CASE r.type WHEN 'IMPACT' THEN 6 WHEN 'OUTCOME' THEN 4 ELSE 0 END AS typePoints,
				     [m IN [(r)<-[:ABOUT]-(m:KeyMessage) | m] + [(r)-[:OF]->(:Project)<-[:ABOUT]-(m:KeyMessage) | m]
				      WHERE m.approvedOn IS NOT NULL] AS messages
				WITH row, r, typePoints, size(messages) > 0 AS ready,
				     any(m IN messages WHERE coalesce(m.classification, 'UNCLASSIFIED') = 'UNCLASSIFIED') AS readyU
				WITH row, r.achievedOn - duration({days: 30 * (typePoints + CASE WHEN ready THEN 3 ELSE 0 END)}) AS priority,
				     r.achievedOn - duration({days: 30 * (typePoints + CASE WHEN readyU THEN 3 ELSE 0 END)}) AS priorityU
				WHERE row.priority IS NULL OR row.priority <> priority OR row.priorityU <> priorityU
				RETURN 'radar priority of ' + row.id + ': expected ' + toString(priority) + '/' + toString(priorityU)
				       + ' got ' + coalesce(toString(row.priority), 'none') + '/' + coalesce(toString(row.priorityU), 'none') AS problem
				ORDER BY problem
				""").list(r -> r.get("problem").asString());
	}

	/**
	 * The country profile's meetings per quarter and its latest meetings, which the ledger's meeting rows and quarter
	 * counters answer, through the API (as the test's reader, with that reader's clearance) against the graph itself.
	 */
	private List<String> countryProfile(Session session, String country) {
		var answer = graphQl.document("""
				query($code: String!) {
				  viewer { protectedB }
				  country(code: $code) { meetingsPerQuarter { quarter ottawa elsewhere } engagements(first: 100) { code } }
				}""").variable("code", country).execute();
		boolean cleared = answer.path("viewer.protectedB").entity(Boolean.class).get();
		var gotQuarters = answer.path("country.meetingsPerQuarter").entityList(Map.class).get().stream()
			.map(q -> q.get("quarter") + " " + q.get("ottawa") + " " + q.get("elsewhere")).toList();
		var gotMeetings = answer.path("country.engagements[*].code").entityList(String.class).get();
		var parameters = Map.<String, Object>of("country", country, "cleared", cleared);
		var wantQuarters = rows(session, """
				MATCH (:Country {iso2: $country})<-[:CONCERNS]-(e:Engagement {status: 'HELD'})
				WHERE visible(e:Engagement)
				WITH toString(e.date.year) + '-Q' + toString((e.date.month + 2) / 3) AS quarter, coalesce(e.setting = 'OTTAWA', false) AS ottawa
				RETURN quarter, count(CASE WHEN ottawa THEN 1 END) AS ottawa, count(CASE WHEN NOT ottawa THEN 1 END) AS elsewhere
				ORDER BY quarter""", parameters,
				r -> r.get("quarter").asString() + " " + r.get("ottawa").asLong() + " " + r.get("elsewhere").asLong());
		var wantMeetings = rows(session, """
				MATCH (:Country {iso2: $country})<-[:CONCERNS]-(e:Engagement) WHERE visible(e:Engagement)
				RETURN e.code AS code ORDER BY e.date DESC, e.code LIMIT 100""", parameters, r -> r.get("code").asString());
		var problems = new ArrayList<String>();
		if (!wantQuarters.equals(gotQuarters)) {
			problems.add("meetings per quarter " + country + ": expected " + wantQuarters + " got " + gotQuarters);
		}
		if (!wantMeetings.equals(gotMeetings)) {
			problems.add("latest meetings " + country + ": expected " + wantMeetings + " got " + gotMeetings);
		}
		return problems;
	}

	/**
	 * Question 3 from the ledger (every page of two meetings, then one large page) against the same question from
	 * scratch: the same meetings and channels, each with the same waiting results and their count, and the total.
	 */
	private List<String> missedOpportunities(Session session, String country, boolean cleared, LocalDate from) {
		var problems = new ArrayList<String>();
		var parameters = parameters(country, "OTTAWA", null, null);
		parameters.put("from", from);
		parameters.put("to", null);
		parameters.put("cleared", cleared);
		parameters.put("resultsPerMeeting", 1000);
		var expected = rows(session, LeverageQueries.MISSED_OPPORTUNITIES, parameters,
				r -> r.get("meeting").get("code").asString() + " " + r.get("channel").asString() + " "
						+ r.get("couldHaveRaised").asList(v -> v.get("code").asString()).stream().sorted().toList())
			.stream().distinct().sorted().toList();
		Function<Record, String> ledgerRow = r -> r.get("node").get("engagement").get("code").asString() + " "
				+ r.get("node").get("channel").asString() + " "
				+ r.get("node").get("couldHaveRaised").asList(v -> v.get("code").asString()).stream().sorted().toList();
		var whole = rows(session, LedgerQuestions.MISSED_OPPORTUNITIES, parameters, ledgerRow);
		// Each meeting's count of waiting results is counted apart from the list (index ranges for a cleared reader):
		// with a page size above any meeting's, the two must agree.
		rows(session, LedgerQuestions.MISSED_OPPORTUNITIES, parameters,
				r -> r.get("node").get("couldHaveRaisedCount").asInt() + " " + r.get("node").get("couldHaveRaised").size())
			.stream()
			.filter(counted -> !counted.split(" ")[0].equals(counted.split(" ")[1]))
			.forEach(counted -> problems.add("missed opportunities " + country + " " + parameters
					+ ": waiting count and list differ (" + counted + ")"));
		if (!expected.equals(whole.stream().sorted().toList())) {
			problems.add("missed opportunities " + country + " " + parameters + ": expected " + expected + " got " + whole);
		}
		long total = session.run(Visibility.expand(LedgerQuestions.COUNT_MISSED_OPPORTUNITIES), parameters).single()
			.get("total").asLong();
		if (total != expected.size()) {
			problems.add("missed opportunities total " + country + " " + parameters + ": expected " + expected.size() + " got " + total);
		}
		// Pages of two, each meeting listing its oldest waiting result and counting them all.
		var paged = new ArrayList<String>();
		parameters.put("limit", 2);
		parameters.put("resultsPerMeeting", 1);
		for (int guard = 0; guard < 100; guard++) {
			var page = session.run(Visibility.expand(LedgerQuestions.MISSED_OPPORTUNITIES), parameters).list();
			for (var row : page) {
				String meeting = row.get("node").get("engagement").get("code").asString() + " " + row.get("node").get("channel").asString();
				var waiting = expected.stream().filter(e -> e.startsWith(meeting + " [")).findFirst().orElse(meeting + " []");
				int count = waiting.endsWith("[]") ? 0 : waiting.split(",").length;
				if (row.get("node").get("couldHaveRaisedCount").asInt() != count || row.get("node").get("couldHaveRaised").size() != Math.min(1, count)) {
					problems.add("missed opportunity " + meeting + " (cleared " + cleared + "): expected " + count + " waiting, got "
							+ row.get("node").get("couldHaveRaisedCount") + " " + row.get("node").get("couldHaveRaised").size() + " listed");
				}
				paged.add(meeting);
			}
			if (page.size() < 2) {
				break;
			}
			parameters.put("afterValue", page.getLast().get("sortValue").asLocalDate());
			parameters.put("afterKey", page.getLast().get("key").asString());
		}
		var meetings = whole.stream().map(row -> row.substring(0, row.indexOf(" ["))).toList();
		if (!paged.equals(meetings)) {
			problems.add("missed opportunities in pages of two " + country + ": expected " + meetings + " got " + paged);
		}
		return problems;
	}

	/**
	 * The program-wide count of missed Ottawa meetings for one country, from the ledger's counters and the spans of
	 * waiting results, and walked meeting by meeting, against the country's question 3 on the OTTAWA channel from
	 * scratch.
	 */
	private List<String> programMissedOpportunities(Session session, String country, boolean cleared) {
		var parameters = parameters(country, "OTTAWA", null, null);
		parameters.put("from", null);
		parameters.put("to", null);
		parameters.put("cleared", cleared);
		parameters.put("resultsPerMeeting", 1);
		parameters.put("region", null);
		parameters.put("designation", null);
		long expected = rows(session, LeverageQueries.MISSED_OPPORTUNITIES, parameters,
				r -> r.get("meeting").get("code").asString() + " " + r.get("channel").asString())
			.stream().distinct().filter(row -> row.endsWith(" OTTAWA")).count();
		var problems = new ArrayList<String>();
		for (String count : List.of(ProgramGapQuestions.countMissedOpportunities(!cleared),
				ProgramGapQuestions.countMissedOpportunitiesWalked(!cleared))) {
			long total = session.run(count, parameters).single().get("total").asLong();
			if (total != expected) {
				problems.add("program's missed Ottawa meetings " + country + " (cleared " + cleared + ", "
						+ (count.contains("firstRaisers") ? "counted" : "walked") + "): expected " + expected + " got " + total);
			}
		}
		return problems;
	}

	/**
	 * Question 7's engagement side (Protected B: asked only with the clearance) from the ledger against the raising
	 * meetings from scratch: per quarter the meetings, their number and their citations, and the first Ottawa
	 * leveraging.
	 */
	private List<String> tdTimeline(Session session, String country) {
		var parameters = parameters(country, "OTTAWA", null, null);
		var byQuarter = new TreeMap<String, List<String>>();
		var citations = new TreeMap<String, Integer>();
		var firstOttawa = new ArrayList<String>();
		for (var row : session.run(Visibility.expand(LeverageQueries.RAISING_MEETINGS), parameters).list()) {
			var meeting = row.get("meeting");
			String quarter = Quarters.of(meeting.get("date").asLocalDate());
			byQuarter.computeIfAbsent(quarter, q -> new ArrayList<>()).add(meeting.get("code").asString());
			citations.merge(quarter, row.get("resultsRaised").asInt(), Integer::sum);
			if (row.get("ottawa").asBoolean()) {
				firstOttawa.add(meeting.get("code").asString());
			}
		}
		var expected = byQuarter.entrySet().stream()
			.map(q -> q.getKey() + " " + q.getValue().size() + " " + citations.get(q.getKey()) + " " + q.getValue())
			.toList();
		parameters.put("u", "");
		parameters.put("meetingsPerQuarter", 1000);
		var actual = rows(session, LedgerQuestions.TD_QUARTERS, parameters,
				r -> r.get("quarter").asString() + " " + r.get("meetingCount").asInt() + " " + r.get("citations").asInt() + " "
						+ r.get("meetings").asList(m -> m.get("code").asString()));
		var problems = new ArrayList<String>();
		if (!expected.equals(actual)) {
			problems.add("TD timeline quarters " + country + ": expected " + expected + " got " + actual);
		}
		var fromRows = rows(session, LedgerQuestions.TD_QUARTERS_FROM_ROWS, parameters,
				r -> r.get("quarter").asString() + " " + r.get("meetingCount").asInt() + " " + r.get("citations").asInt() + " "
						+ r.get("meetings").asList(m -> m.get("code").asString()));
		if (!expected.equals(fromRows)) {
			problems.add("TD timeline quarters from the rows " + country + ": expected " + expected + " got " + fromRows);
		}
		for (String statement : List.of(LedgerQuestions.FIRST_OTTAWA_LEVERAGING,
				LedgerQuestions.FIRST_OTTAWA_LEVERAGING_FROM_ROWS)) {
			var first = rows(session, statement, parameters, r -> r.get("meeting").get("code").asString());
			if (!first.equals(firstOttawa.stream().limit(1).toList())) {
				problems.add("first Ottawa leveraging " + country + ": expected " + firstOttawa.stream().limit(1).toList()
						+ " got " + first);
			}
		}
		return problems;
	}

	/** Question 1 from the ledger (page and total, as the API chooses them) against the same recomputed from scratch. */
	private List<String> unleveraged(Session session, HashMap<String, Object> parameters) {
		var problems = new ArrayList<String>();
		var expected = rows(session, LeverageQueries.UNLEVERAGED_RESULTS
				+ " RETURN key, node.projectMentioned AS mentioned, node.daysSinceAchieved AS days ORDER BY key",
				parameters, r -> r.get("key").asString() + " " + r.get("mentioned") + " " + r.get("days"));
		var fact = LedgerQuestions.Fact.of((String) parameters.get("channel"), !(Boolean) parameters.get("cleared"),
				(String) parameters.get("attendedBy"));
		var question = LedgerQuestions.unleveraged(fact, parameters.get("asOf") != null);
		var actual = rows(session, question.page(new Ordering("CODE", false), false), parameters,
				r -> r.get("key").asString() + " " + r.get("node").get("projectMentioned") + " "
						+ r.get("node").get("daysSinceAchieved"));
		if (!expected.equals(actual)) {
			problems.add("unleveraged " + parameters + ": expected " + expected + " got " + actual);
		}
		long total = session.run(question.count(), parameters).single().get("total").asLong();
		if (total != expected.size()) {
			problems.add("unleveraged total " + parameters + ": expected " + expected.size() + " got " + total);
		}
		return problems;
	}

	/** A row of the coverage question, the same from either statement: country, project, counts, departments. */
	private static String coverage(Record row) {
		var departments = new TreeMap<String, Long>();
		if (row.containsKey("byDepartment")) {
			for (var entry : row.get("byDepartment").values()) {
				departments.put(entry.get("department").get("code").asString(), entry.get("raised").asLong());
			}
		}
		else { // the ledger's statement: the departments, and its counts in their order
			for (int i = 0; i < row.get("departments").size(); i++) {
				departments.put(row.get("departments").get(i).get("code").asString(),
						row.get("raisedByDepartment").get(i).asLong());
			}
		}
		return row.get("country").get("iso2").asString() + " "
				+ (row.get("project").isNull() ? null : row.get("project").get("code").asString()) + " "
				+ row.get("results").asLong() + "/" + row.get("raisedAnywhere").asLong() + "/"
				+ row.get("raisedInOttawa").asLong() + "/" + row.get("raisedInCountry").asLong() + " " + departments;
	}

	private static HashMap<String, Object> parameters(String country, String channel, String attendedBy, LocalDate asOf) {
		return parameters(country, channel, attendedBy, asOf, true);
	}

	private static HashMap<String, Object> parameters(String country, String channel, String attendedBy, LocalDate asOf,
			boolean cleared) {
		var parameters = new HashMap<String, Object>();
		parameters.put("country", country);
		parameters.put("channel", channel);
		parameters.put("attendedBy", attendedBy);
		parameters.put("asOf", asOf);
		parameters.put("today", TODAY);
		parameters.put("sort", "CODE");
		parameters.put("cleared", cleared);
		parameters.put("afterKey", null);
		parameters.put("afterValue", null);
		parameters.put("limit", 100_000);
		return parameters;
	}

	private static List<String> rows(Session session, String cypher, Map<String, Object> parameters,
			Function<Record, String> row) {
		return session.run(ca.engagementgraph.api.read.Visibility.expand(cypher), parameters).list(row::apply);
	}
}
