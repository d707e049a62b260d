package ca.engagementgraph.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the schema against every role, and against nobody signed in: allowed, forbidden by role, or
 * redacted for lack of Protected B clearance, exactly as the roles say. Operations are read from the schema, so a
 * new one is covered (and must be placed in the table below) without editing this test's loop.
 */
@GraphIntegrationTest
class AccessMatrixTest {

	/** Readable by every role but Protected B: answered REDACTED to a viewer. */
	static final Set<String> PROTECTED_B_QUERIES = Set.of("designation", "designations", "decision", "decisions",
			"engagementPlan", "engagementPlans", "tdStat", "tdStats", "accountabilityGaps", "tdTimeline");

	static final Set<String> ADMIN_QUERIES = Set.of("auditTrail");

	static final Set<String> COORDINATOR_MUTATIONS = Set.of("recordEngagement", "updateEngagement", "holdEngagement",
			"cancelEngagement", "createResult", "updateResult", "createKeyMessage", "updateKeyMessage", "createAction",
			"updateAction", "acceptSuggestion", "withdrawSuggestion");

	static final Set<String> ADMIN_MUTATIONS = Set.of("createProject", "updateProject", "createDecision", "updateDecision",
			"createEngagementPlan", "updateEngagementPlan", "recordTdStat", "updateTdStat");

	enum Outcome {
		ALLOWED, FORBIDDEN, REDACTED
	}

	private static final List<String> ROLES = List.of("viewer", "analyst", "coordinator", "admin");
	private static final Map<String, Integer> RANK = Map.of("viewer", 0, "analyst", 1, "coordinator", 2, "admin", 3);

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	GraphQlSource graphQlSource;

	@LocalServerPort
	int port;

	@Test
	void everyOperationAnswersEveryRoleAsTheRolesSay() {
		var mismatches = new ArrayList<String>();
		int checked = 0;
		for (var operation : SchemaOperations.all(graphQlSource.schema(), "NO-SUCH-KEY")) {
			assertThat(known(operation)).as("%s is placed in the access table", operation).isTrue();
			for (String role : ROLES) {
				Outcome expected = expected(operation, role);
				Outcome actual = outcome(operation, role);
				checked++;
				if (expected != actual) {
					mismatches.add(operation + " as " + role + ": expected " + expected + ", got " + actual);
				}
			}
		}
		assertThat(mismatches).isEmpty();
		assertThat(checked).isGreaterThan(4 * 60);
	}

	@Test
	void nobodyIsLetInWithoutSigningInButTheHealthEndpoint() {
		var client = RestClient.create("http://localhost:" + port);
		for (var operation : SchemaOperations.all(graphQlSource.schema(), "X")) {
			var status = statusOf(() -> client.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("query", operation.document())).retrieve().toBodilessEntity());
			assertThat(status).as(operation.toString()).isEqualTo(HttpStatus.UNAUTHORIZED);
		}
		assertThat(statusOf(() -> client.post().uri("/graphql").headers(h -> h.setBasicAuth("admin", "wrong"))
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("query", "{ __typename }")).retrieve().toBodilessEntity()))
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(statusOf(() -> client.get().uri("/graphiql").retrieve().toBodilessEntity())).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(client.get().uri("/actuator/health").retrieve().toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private static boolean known(SchemaOperations.Operation operation) {
		return operation.kind().equals("query") || COORDINATOR_MUTATIONS.contains(operation.field())
				|| ADMIN_MUTATIONS.contains(operation.field());
	}

	private static Outcome expected(SchemaOperations.Operation operation, String role) {
		String field = operation.field();
		if (operation.kind().equals("query")) {
			if (ADMIN_QUERIES.contains(field)) {
				return role.equals("admin") ? Outcome.ALLOWED : Outcome.FORBIDDEN;
			}
			return PROTECTED_B_QUERIES.contains(field) && role.equals("viewer") ? Outcome.REDACTED : Outcome.ALLOWED;
		}
		int needed = COORDINATOR_MUTATIONS.contains(field) ? RANK.get("coordinator") : RANK.get("admin");
		if (RANK.get(role) >= needed) {
			return Outcome.ALLOWED;
		}
		// A viewer asking for a Protected B mutation hears only that it is Protected B.
		return role.equals("viewer") && Set.of("createDecision", "updateDecision", "createEngagementPlan",
				"updateEngagementPlan", "recordTdStat", "updateTdStat").contains(field) ? Outcome.REDACTED : Outcome.FORBIDDEN;
	}

	private Outcome outcome(SchemaOperations.Operation operation, String role) {
		var codes = new ArrayList<Object>();
		graphQl.mutate().headers(h -> h.setBasicAuth(role, "demo")).build().document(operation.document()).execute()
			.errors().satisfy(errors -> errors.forEach(e -> codes.add(e.getExtensions() == null ? null : e.getExtensions().get("code"))));
		if (codes.contains("FORBIDDEN")) {
			return Outcome.FORBIDDEN;
		}
		return codes.contains("REDACTED") ? Outcome.REDACTED : Outcome.ALLOWED;
	}

	private static HttpStatus statusOf(Runnable call) {
		try {
			call.run();
			return HttpStatus.OK;
		}
		catch (HttpClientErrorException ex) {
			return HttpStatus.valueOf(ex.getStatusCode().value());
		}
	}
}
