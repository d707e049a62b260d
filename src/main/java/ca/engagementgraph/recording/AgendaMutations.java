package ca.engagementgraph.recording;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ca.engagementgraph.api.Today;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.Visibility;
import ca.engagementgraph.audit.AuditTrail;
import ca.engagementgraph.database.WriteGate;
import ca.engagementgraph.database.WriteTransactions;
import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.language.Messages;
import ca.engagementgraph.model.ClassificationRule;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.SimpleQueryRunner;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Accepting an opportunity radar suggestion onto a planned meeting's agenda, and taking it off:
 * {@code (:Engagement)-[:ON_AGENDA {acceptedOn, acceptedBy}]->(:Result)}. Like every mutation: the write gate, the
 * client's idempotency key, typed refusals in the client's language (nothing written), and an audit event, here a
 * change of the meeting whose before and after are its agenda's result codes. The meeting's version does not move:
 * the agenda is not part of the meeting record a client edits, and a coordinator holding the meeting's form must not
 * get a conflict because someone accepted a suggestion meanwhile.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class AgendaMutations {

	record AcceptSuggestionInput(@Nullable String clientMutationId, String engagement, String result) {
	}

	record WithdrawSuggestionInput(@Nullable String clientMutationId, String engagement, String result) {
	}

	/**
	 * The meeting and the result as the reader may see them, and what the agenda rules need: the meeting's status,
	 * its agenda, the countries of the result it is on a channel of, and among those, the ones where the result is
	 * still to raise on one of the meeting's channels (the ledger's facts, the {@code U} ones for a reader without
	 * clearance, as the radar counts them).
	 */
	private static final String STATE = """
			OPTIONAL MATCH (e:Engagement {code: $engagement}) WHERE visible(e:Engagement)
			OPTIONAL MATCH (r:Result {code: $result}) WHERE visible(r:Result)
			CALL (e, r) {
			  OPTIONAL MATCH (r)-[:OF]->(:Project)-[:IN]->(c:Country)
			  WITH DISTINCT e, r, c WHERE c IS NOT NULL AND e IS NOT NULL
			  WITH e, r, c,
			       EXISTS { MATCH (e)-[:WITH]->(m:Mission)-[:REPRESENTS]->(c) WHERE EXISTS { (m)-[:LOCATED_IN]->(:Country {iso2: 'CA'}) } } AS ottawa,
			       EXISTS { (e)-[:WITH]->(:Authority)-[:OF]->(c) } OR (e.setting = 'IN_COUNTRY' AND EXISTS { (e)-[:CONCERNS]->(c) }) AS inCountry,
			       CASE WHEN EXISTS { (e)-[:CONCERNS]->(c) } THEN [(e)-[:WITH]->(o:Organization) | o.code] ELSE [] END AS forums
			  WHERE ottawa OR inCountry OR size(forums) > 0
			  OPTIONAL MATCH (row:__RaisableLedger {id: 'Result:' + r.code + '@' + c.iso2})
			  WITH ottawa, inCountry, forums, row, CASE WHEN $cleared THEN '' ELSE 'U' END AS u
			  RETURN count(*) AS onChannel,
			         count(CASE WHEN row IS NULL
			                      OR (ottawa AND row['ottawa' + u] = date('9999-12-31'))
			                      OR (inCountry AND row['inCountry' + u] = date('9999-12-31'))
			                      OR any(forum IN forums WHERE NOT forum IN coalesce(row['raisedWith' + u], [])) THEN 1 END) AS toRaise
			}
			RETURN e IS NOT NULL AS meetingKnown, r IS NOT NULL AS resultKnown, e.status AS status,
			       %s AS meetingProtected, coalesce(r.classification, 'UNCLASSIFIED') = 'PROTECTED_B' AS resultProtected,
			       [(e)-[:ON_AGENDA]->(x:Result) | x.code] AS agenda, onChannel, toRaise
			""".formatted(ClassificationRule.classificationOf("e") + " = 'PROTECTED_B'");

	private static final String ACCEPT = """
			MATCH (e:Engagement {code: $engagement})
			MATCH (r:Result {code: $result})
			MERGE (e)-[a:ON_AGENDA]->(r)
			ON CREATE SET a.acceptedOn = $today, a.acceptedBy = $user
			""";

	private static final String WITHDRAW = """
			MATCH (:Engagement {code: $engagement})-[a:ON_AGENDA]->(:Result {code: $result})
			DELETE a
			""";

	private final WriteTransactions writes;
	private final GraphReader graph;
	private final Today today;

	AgendaMutations(WriteTransactions writes, GraphReader graph, Today today) {
		this.writes = writes;
		this.graph = graph;
		this.today = today;
	}

	@MutationMapping
	Map<String, Object> acceptSuggestion(@Argument AcceptSuggestionInput input, DataFetchingEnvironment env) {
		return change(true, input.engagement(), input.result(), env);
	}

	@MutationMapping
	Map<String, Object> withdrawSuggestion(@Argument WithdrawSuggestionInput input, DataFetchingEnvironment env) {
		return change(false, input.engagement(), input.result(), env);
	}

	private Map<String, Object> change(boolean accept, String engagement, String result, DataFetchingEnvironment env) {
		String user = CurrentUser.name();
		boolean cleared = CurrentUser.cleared();
		Locale locale = Recorder.locale(env);
		var attempt = IdempotencyKeys.of(user, env.getField().getName(), Recorder.raw(env));
		List<UserError> errors;
		try {
			errors = writes.request(tx -> attempt(tx, accept, engagement, result, user, cleared, locale, attempt));
		}
		catch (Refused refused) {
			errors = refused.errors;
		}
		var payload = new LinkedHashMap<String, Object>();
		payload.put("clientMutationId", attempt == null ? null : attempt.clientMutationId());
		payload.put("engagement", !errors.isEmpty() ? null
				: graph.one(Engagement.class, "MATCH (node:Engagement {code: $key}) RETURN node", Map.of("key", engagement))
					.orElse(null));
		payload.put("errors", errors);
		return payload;
	}

	private List<UserError> attempt(SimpleQueryRunner tx, boolean accept, String engagement, String result, String user,
			boolean cleared, Locale locale, IdempotencyKeys.@Nullable Key key) {
		WriteGate.enter(tx);
		if (key != null) {
			var claim = IdempotencyKeys.claim(tx, key);
			switch (claim.verdict()) {
				case REPLAY -> {
					return List.of();
				}
				case REUSED -> throw new Refused(List.of(error("IDEMPOTENCY_KEY_REUSED", "input.clientMutationId", locale,
						"mutation.idempotencyKeyReused", key.clientMutationId(), IdempotencyKeys.KEPT.toHours(),
						claim.firstMutation())));
				case NEW -> {
				}
			}
		}
		var parameters = Visibility.withClearance(Map.of("engagement", engagement, "result", result));
		parameters = new java.util.HashMap<>(parameters);
		parameters.put("cleared", cleared);
		var state = tx.run(Visibility.expand(STATE), parameters).single();
		if (!state.get("meetingKnown").asBoolean()) {
			throw new Refused(List.of(error("UNKNOWN_KEY", "input.engagement", locale, "radar.unknownEngagement", engagement)));
		}
		if (!state.get("resultKnown").asBoolean()) {
			throw new Refused(List.of(error("UNKNOWN_KEY", "input.result", locale, "radar.unknownResult", result)));
		}
		String status = state.get("status").asString(null);
		if (!"PLANNED".equals(status)) {
			throw new Refused(List.of(error("NOT_PLANNED", "input.engagement", locale, "radar.notPlanned", engagement, status)));
		}
		var agenda = state.get("agenda").asList(v -> v.asString()).stream().sorted().toList();
		if (accept && !agenda.contains(result)) {
			if (state.get("onChannel").asLong() == 0) {
				throw new Refused(List.of(error("NOT_ON_CHANNEL", "input.result", locale, "radar.notOnChannel", engagement, result)));
			}
			if (state.get("toRaise").asLong() == 0) {
				throw new Refused(List.of(error("ALREADY_RAISED_THERE", "input.result", locale, "radar.alreadyRaisedThere",
						engagement, result)));
			}
		}
		boolean changes = accept != agenda.contains(result);
		if (changes) {
			tx.run(accept ? ACCEPT : WITHDRAW, Map.of("engagement", engagement, "result", result, "today", today.date(),
					"user", user)).consume();
			var after = new java.util.TreeSet<>(agenda);
			if (accept) {
				after.add(result);
			}
			else {
				after.remove(result);
			}
			AuditTrail.record(tx, user, accept ? "ACCEPT_SUGGESTION" : "WITHDRAW_SUGGESTION", "Engagement:" + engagement,
					Map.of("agenda", agenda), Map.of("agenda", List.copyOf(after)), null,
					state.get("meetingProtected").asBoolean() || state.get("resultProtected").asBoolean());
		}
		if (key != null) {
			IdempotencyKeys.store(tx, key, "Engagement:" + engagement);
		}
		return List.of();
	}

	private static UserError error(String code, String field, Locale locale, String message, Object... args) {
		return new UserError(code, field, Messages.render(message, List.of(args), locale), null);
	}

	/** Rolls back a refused change (the write gate's and the key's claims with it); carries the errors. */
	private static final class Refused extends RuntimeException {

		private final List<UserError> errors;

		Refused(List<UserError> errors) {
			super(null, null, false, false);
			this.errors = errors;
		}
	}
}
