package ca.engagementgraph.recording;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.GraphIntegrationTest;
import jakarta.validation.Validation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutations bind to typed input records whose Bean Validation constraints refuse bad values before anything is
 * read or written; a violation comes back as the usual typed {@code UserError} (code, input path, message in the
 * client's language), never as a GraphQL error or a 500. Updates still tell a field left out (kept) from a field
 * given as null (cleared). Works on meetings coded ZT-, removed after the class.
 */
@GraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypedInputsTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@BeforeAll
	@AfterAll
	void removeTestRecords() {
		driver.executableQuery("MATCH (n) WHERE n.code STARTS WITH 'ZT-' DETACH DELETE n").execute();
	}

	@Test
	void theInputRecordsCarryTheConstraints() {
		try (var factory = Validation.buildDefaultValidatorFactory()) {
			var validator = factory.getValidator();
			var stat = new TdStatMutations.TdStatInput(null, "QM", "2025-Q5", -1, 3, 99_999.0);
			assertThat(validator.validate(stat)).extracting(v -> v.getPropertyPath() + " " + v.getMessageTemplate())
				.containsExactlyInAnyOrder("quarter data.badQuarter", "requested data.negative",
						"medianDaysToIssue data.tooLarge");
			var plan = new EngagementPlanMutations.EngagementPlanInput(null, "bad key", null, 9, "QM",
					List.of(new EngagementPlanMutations.PlanRoleInput("CBSA\u0000", null)));
			assertThat(validator.validate(plan)).extracting(v -> InputViolations.field(v.getPropertyPath()) + " "
					+ v.getMessageTemplate()).containsExactlyInAnyOrder("input.code data.badKey",
							"input.escalationStage data.tooLarge", "input.roles[0].department data.badKey");
		}
	}

	@Test
	void aConstraintViolationIsATypedUserErrorAtItsFieldInTheClientsLanguage() {
		String document = """
				mutation($input: TdStatInput!) { recordTdStat(input: $input) { tdStat { code } errors { code field message } } }
				""";
		var input = Map.<String, Object>of("country", "QM", "quarter", "2025-Q5", "requested", -4, "issued", 2,
				"medianDaysToIssue", 99_999.0);
		var english = graphQl.document(document).variable("input", input).execute();
		english.errors().verify();
		english.path("recordTdStat.tdStat").valueIsNull();
		List<Map<?, ?>> errors = new java.util.ArrayList<>();
		english.path("recordTdStat.errors").entityList(Map.class).get().forEach(errors::add);
		assertThat(errors).extracting(e -> e.get("code") + " @ " + e.get("field")).contains("BAD_QUARTER @ input.quarter",
				"NEGATIVE @ input.requested", "TOO_LARGE @ input.medianDaysToIssue");
		assertThat(errors).filteredOn(e -> "input.medianDaysToIssue".equals(e.get("field"))).singleElement()
			.satisfies(e -> assertThat((String) e.get("message")).contains("99,999", "3650"));
		List<String> french = graphQl.mutate().header("Accept-Language", "fr-CA").build().document(document)
			.variable("input", input).execute().path("recordTdStat.errors[*].message").entityList(String.class).get();
		assertThat(french).contains("un trimestre AAAA-Tn (écrit YYYY-Qn) était attendu, reçu 2025-Q5");
		assertThat(count("MATCH (t:TdStat) WHERE t.quarter = '2025-Q5' RETURN count(t) AS n")).isZero();
	}

	@Test
	void aViolationInAListOfObjectsIsToldAtItsPositionAndNothingIsWritten() {
		var meeting = meeting("ZT-HOM-1");
		meeting.put("followUpActions", List.of(Map.of("code", "ZT-ACT-1", "textEn", "a", "textFr", "a", "due",
				"2026-12-01", "assignedTo", List.of("CBSA")), Map.of("code", "zt act 2", "textEn", "a", "textFr", "a",
						"due", "2026-12-01", "assignedTo", List.of("CBSA"))));
		var response = graphQl.document(RECORD).variable("input", meeting).execute();
		response.errors().verify();
		response.path("recordEngagement.errors[*].field").entityList(String.class)
			.contains("input.followUpActions[1].code");
		response.path("recordEngagement.errors[0].code").entity(String.class).isEqualTo("BAD_KEY");
		assertThat(count("MATCH (n) WHERE n.code IN ['ZT-HOM-1', 'ZT-ACT-1'] RETURN count(n) AS n")).isZero();
	}

	@Test
	void anUpdateKeepsAFieldLeftOutAndClearsAFieldGivenAsNull() {
		graphQl.document(RECORD).variable("input", meeting("ZT-HOM-2")).execute().path("recordEngagement.errors")
			.entityList(Object.class).hasSize(0);
		var follower = meeting("ZT-HOM-3");
		follower.put("follows", "ZT-HOM-2");
		graphQl.document(RECORD).variable("input", follower).execute().path("recordEngagement.errors")
			.entityList(Object.class).hasSize(0);

		update(Map.of("code", "ZT-HOM-3", "version", 1, "summaryEn", "Left out: follows"));
		assertThat(follows("ZT-HOM-3")).isEqualTo("ZT-HOM-2");
		var cleared = new LinkedHashMap<String, Object>();
		cleared.put("code", "ZT-HOM-3");
		cleared.put("version", 2);
		cleared.put("follows", null);
		update(cleared);
		assertThat(follows("ZT-HOM-3")).isNull();
		assertThat(count("MATCH (e:Engagement {code: 'ZT-HOM-3', summaryEn: 'Left out: follows'}) RETURN count(e) AS n"))
			.isOne();
	}

	private static final String RECORD = """
			mutation($input: RecordEngagementInput!) {
			  recordEngagement(input: $input) { engagement { code version } errors { code field message } }
			}
			""";

	private void update(Map<String, Object> input) {
		graphQl.document("""
				mutation($input: UpdateEngagementInput!) { updateEngagement(input: $input) { errors { code field } } }
				""").variable("input", input).execute().path("updateEngagement.errors").entityList(Object.class).hasSize(0);
	}

	private String follows(String code) {
		var rows = driver.executableQuery("MATCH (:Engagement {code: $code})-[:FOLLOWS]->(f) RETURN f.code AS code")
			.withParameters(Map.of("code", code)).execute().records();
		return rows.isEmpty() ? null : rows.getFirst().get("code").asString();
	}

	private static Map<String, Object> meeting(String code) {
		var input = new LinkedHashMap<String, Object>();
		input.putAll(Map.of("code", code, "date", "2024-03-01", "status", "HELD", "kind", "HEAD_OF_MISSION_MEETING",
				"setting", "OTTAWA", "level", "DG", "summaryEn", "Typed inputs", "summaryFr", "Entrées typées",
				"counterpart", "QM-OTT", "countries", List.of("QM")));
		input.put("attendance", List.of(Map.of("participant", "CBSA", "lead", true)));
		return input;
	}

	private long count(String cypher) {
		return driver.executableQuery(cypher).execute().records().getFirst().get("n").asLong();
	}
}
