package ca.engagementgraph.transfer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import ca.engagementgraph.FixtureGraph;
import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.loading.DataProblem;
import ca.engagementgraph.loading.Loading;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules that span several records, from both sides: a meeting written against the mission, authority and
 * result already in the graph, and a mission, authority or result written against the meetings already in the graph.
 * Each refusal names the record it comes from and writes nothing. Works on fictional Rland (XR) and Sland (XS), built
 * for this class.
 */
@GraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossRecordRulesTest {

	private static final String RLAND = """
			MATCH (canada:Country {iso2: 'CA'}), (mcee:Envelope {code: 'MCEE'}), (iom:Organization {code: 'IOM'})
			CREATE (xr:Country {iso2: 'XR', iso3: 'XRR', nameEn: 'Rland', nameFr: 'Rlande', region: 'AFRICA', version: 1,
			        classification: 'UNCLASSIFIED'})
			CREATE (xs:Country {iso2: 'XS', iso3: 'XSS', nameEn: 'Sland', nameFr: 'Slande', region: 'AFRICA', version: 1,
			        classification: 'UNCLASSIFIED'})
			CREATE (ott:Mission {code: 'XR-OTT', nameEn: 'Embassy of Rland', nameFr: 'Ambassade de Rlande', kind: 'EMBASSY',
			        city: 'Ottawa', version: 1, classification: 'UNCLASSIFIED'})-[:REPRESENTS]->(xr)
			CREATE (ott)-[:LOCATED_IN]->(canada)
			CREATE (:Mission {code: 'XS-OTT', nameEn: 'Embassy of Sland', nameFr: 'Ambassade de Slande', kind: 'EMBASSY',
			        city: 'Ottawa', version: 1, classification: 'UNCLASSIFIED'})-[:REPRESENTS]->(xs)
			CREATE (:Authority {code: 'XR-REF', nameEn: 'Refugee office of Rland', nameFr: 'Office des réfugiés de Rlande',
			        kind: 'REFUGEE_AGENCY', version: 1, classification: 'UNCLASSIFIED'})-[:OF]->(xr)
			CREATE (:Authority {code: 'XS-REF', nameEn: 'Refugee office of Sland', nameFr: 'Office des réfugiés de Slande',
			        kind: 'REFUGEE_AGENCY', version: 1, classification: 'UNCLASSIFIED'})-[:OF]->(xs)
			CREATE (p:Project {code: 'XR-P1', titleEn: 'Registry', titleFr: 'Registre', status: 4, start: date('2021-01-01'),
			        end: date('2023-12-31'), fundingCad: 100000, version: 1, classification: 'UNCLASSIFIED'})-[:IN]->(xr)
			CREATE (p)-[:FUNDED_BY]->(mcee), (p)-[:IMPLEMENTED_BY]->(iom)
			CREATE (r:Result {code: 'XR-R1', summaryEn: 'Registry opened', summaryFr: 'Registre ouvert',
			        achievedOn: date('2022-06-01'), type: 'OUTPUT', indicatorEn: 'offices', indicatorFr: 'bureaux',
			        version: 1, classification: 'UNCLASSIFIED'})-[:OF]->(p)
			WITH xr, r
			MATCH (gac:Department {code: 'GAC'}), (mission:Mission {code: 'XR-OTT'}), (authority:Authority {code: 'XR-REF'})
			CREATE (e:Engagement {code: 'XR-E1', date: date('2023-01-10'), status: 'HELD', kind: 'CALL', setting: 'OTTAWA',
			        level: 'DG', summaryEn: 'Registry', summaryFr: 'Registre', version: 1, classification: 'UNCLASSIFIED'})
			CREATE (e)-[:CONCERNS]->(xr), (e)-[:WITH]->(mission), (e)-[:WITH]->(authority),
			       (e)-[:ATTENDED_BY {lead: true}]->(gac), (e)-[:RAISED]->(r)
			""";

	private static final String MEETINGS = "code,date,status,kind,setting,level,summaryEn,summaryFr,WITH,CONCERNS,ATTENDED_BY,RAISED\n";

	@Autowired
	GraphImporter importer;

	@Autowired
	Driver driver;

	private FixtureGraph rland;
	private FixtureGraph sland;

	@BeforeAll
	void writeRlandAndSland() {
		sland = new FixtureGraph(driver, "XS");
		sland.remove();
		rland = new FixtureGraph(driver, "XR").write(RLAND);
	}

	@AfterAll
	void removeRlandAndSland() {
		rland.remove();
		sland.remove();
	}

	@Test
	void aMeetingIsCheckedAgainstTheMissionsAuthoritiesAndResultsAlreadyInTheGraph() {
		var report = load(csv("engagements.csv", MEETINGS + """
				XR-E2,2024-01-10,HELD,CALL,OTTAWA,DG,a,b,Mission:XS-OTT,XR,GAC{lead=true},
				XR-E3,2024-01-10,HELD,BILATERAL_MEETING,IN_COUNTRY,DG,a,b,Authority:XS-REF,XR,GAC{lead=true},
				XR-E4,2022-01-10,HELD,CALL,OTTAWA,DG,a,b,Mission:XR-OTT,XR,GAC{lead=true},XR-R1
				XR-E5,2024-01-10,HELD,CALL,OTTAWA,DG,a,b,Mission:XR-OTT,XR,"GAC{lead=true}; IRCC{lead=true}",
				XR-E6,2024-01-10,HELD,CALL,OTTAWA,DG,a,b,Mission:XR-OTT,XR,IRCC,
				XR-E7,2027-01-10,HELD,CALL,OTTAWA,DG,a,b,Mission:XR-OTT,XR,GAC{lead=true},
				XR-E8,2024-01-10,HELD,CALL,OTTAWA,DG,a,b,Mission:XR-OTT,XR,GAC{lead=true},XR-R1
				"""));

		assertThat(report.written()).isFalse();
		assertThat(report.problems()).extracting(DataProblem::toString).containsExactlyInAnyOrder(
				"engagements.csv, line 2, field 'WITH': mission XS-OTT represents XS, which is not a country this meeting concerns (XR)",
				"engagements.csv, line 3, field 'WITH': authority XS-REF belongs to XS, which is not a country this meeting concerns (XR)",
				"engagements.csv, line 4, field 'RAISED': result XR-R1 was achieved on 2022-06-01, after the meeting of 2022-01-10: "
						+ "a meeting cannot raise a result before it exists",
				"engagements.csv, line 5, field 'ATTENDED_BY': a meeting needs exactly one lead department or unit, it has 2",
				"engagements.csv, line 6, field 'ATTENDED_BY': a meeting needs exactly one lead department or unit, it has 0",
				"engagements.csv, line 7, field 'status': the meeting is dated 2027-01-10, after today (2026-11-21): it has not "
						+ "taken place, so it cannot be HELD; record it as PLANNED");
		assertThat(meetingsOfRland()).as("nothing written").isEqualTo(1);
	}

	@Test
	void aMissionAuthorityOrResultIsCheckedAgainstTheMeetingsAlreadyInTheGraph() {
		var report = load(json("missions.json", """
				{"label": "Mission", "records": [{"code": "XR-OTT", "nameEn": "Embassy of Rland", "nameFr": "Ambassade de Rlande",
				  "kind": "EMBASSY", "city": "Ottawa", "REPRESENTS": "XS", "LOCATED_IN": "CA"}]}
				"""), json("authorities.json", """
				{"label": "Authority", "records": [{"code": "XR-REF", "nameEn": "Refugee office of Rland",
				  "nameFr": "Office des réfugiés de Rlande", "kind": "REFUGEE_AGENCY", "OF": "XS"}]}
				"""), json("results.json", """
				{"label": "Result", "records": [{"code": "XR-R1", "summaryEn": "Registry opened", "summaryFr": "Registre ouvert",
				  "achievedOn": "2023-06-01", "type": "OUTPUT", "indicatorEn": "offices", "indicatorFr": "bureaux", "OF": "XR-P1"}]}
				"""));

		assertThat(report.written()).isFalse();
		assertThat(report.problems()).extracting(DataProblem::code, DataProblem::args).containsExactlyInAnyOrder(
				org.assertj.core.groups.Tuple.tuple("rule.missionNotOfCountry", List.of("XR-OTT", "XS", "XR")),
				org.assertj.core.groups.Tuple.tuple("rule.authorityNotOfCountry", List.of("XR-REF", "XS", "XR")),
				org.assertj.core.groups.Tuple.tuple("rule.raisedBeforeAchieved", List.of("XR-R1", "2023-06-01", "2023-01-10")));
		assertThat(report.problems()).extracting(DataProblem::toString)
			.contains("results.json, record 1, field 'achievedOn': result XR-R1 was achieved on 2023-06-01, after the meeting "
					+ "of 2023-01-10: a meeting cannot raise a result before it exists");
		assertThat(driver.executableQuery("""
				MATCH (:Mission {code: 'XR-OTT'})-[:REPRESENTS]->(c) RETURN c.iso2 AS country
				""").execute().records()).extracting(r -> r.get("country").asString()).containsExactly("XR");
	}

	@Test
	void aMeetingAndTheRecordItBreaksARuleWithAreReportedOnceAtTheMeeting() {
		var report = load(json("results.json", """
				{"label": "Result", "records": [{"code": "XR-R1", "summaryEn": "Registry opened", "summaryFr": "Registre ouvert",
				  "achievedOn": "2022-06-01", "type": "OUTPUT", "indicatorEn": "offices", "indicatorFr": "bureaux", "OF": "XR-P1"}]}
				"""), csv("engagements.csv", MEETINGS + """
				XR-E9,2022-01-10,HELD,CALL,OTTAWA,DG,a,b,Mission:XR-OTT,XR,GAC{lead=true},XR-R1
				"""));

		assertThat(report.problems()).extracting(DataProblem::toString).containsExactly(
				"engagements.csv, line 2, field 'RAISED': result XR-R1 was achieved on 2022-06-01, after the meeting of "
						+ "2022-01-10: a meeting cannot raise a result before it exists");
	}

	private ImportReport load(Loading.Input... inputs) {
		return importer.load(List.of(inputs), false, "test", Loading.Progress.NONE);
	}

	private long meetingsOfRland() {
		return driver.executableQuery("MATCH (e:Engagement) WHERE e.code STARTS WITH 'XR-' RETURN count(e) AS n").execute()
			.records().getFirst().get("n").asLong();
	}

	private static Loading.Input csv(String name, String content) {
		return new Loading.Input(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
	}

	private static Loading.Input json(String name, String content) {
		return csv(name, content);
	}
}
