package ca.engagementgraph.nudge;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.MeetingInputs;
import ca.engagementgraph.SignedInAsAdmin;
import ca.engagementgraph.TestDatabase;
import ca.engagementgraph.database.WriteTransactions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.Disposable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The nudge end to end: real WebSocket clients subscribed to {@code radarNudges} over {@code /graphql-ws}, signed in
 * as the demo's admin (cleared) and as an administrator without the clearance, receive WAIT_CROSSED from the
 * scheduled check and AGENDA_MISSED from holding a meeting, each as their clearance allows. Works on fictional
 * Wland (XW), added for this class and removed after it; "today" is the demo's 2026-11-21.
 */
@GraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NudgeSubscriptionTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	/** The default wait (engagement-graph.nudge.wait-days). */
	private static final int WAIT = 180;

	private static final String WLAND = """
			MATCH (canada:Country {iso2: 'CA'}), (mcee:Envelope {code: 'MCEE'}), (iom:Organization {code: 'IOM'}),
			      (area:PriorityArea {code: 'PA-BORDER'})
			CREATE (xw:Country {iso2: 'XW', iso3: 'XWW', nameEn: 'Wland', nameFr: 'Wlande', region: 'EUROPE', version: 1})
			CREATE (:Mission {code: 'XW-OTT', nameEn: 'Embassy of Wland', nameFr: 'Ambassade de Wlande', kind: 'EMBASSY',
			        city: 'Ottawa', version: 1})-[:REPRESENTS]->(xw)
			MERGE (m:Mission {code: 'XW-OTT'}) MERGE (m)-[:LOCATED_IN]->(canada)
			CREATE (p:Project {code: 'XW-P1', titleEn: 'Ports', titleFr: 'Ports', status: 2, start: date('2021-01-01'),
			        end: date('2027-12-31'), fundingCad: 200000, version: 1})-[:IN]->(xw)
			CREATE (p)-[:FUNDED_BY]->(mcee), (p)-[:IMPLEMENTED_BY]->(iom), (p)-[:ADDRESSES]->(area)
			WITH p
			UNWIND $results AS r
			CREATE (result:Result {code: r.code, summaryEn: 'Officers trained', summaryFr: 'Agents formés',
			        achievedOn: r.achievedOn, type: 'OUTCOME', indicatorEn: 'officers', indicatorFr: 'agents',
			        classification: r.classification, version: 1})-[:OF]->(p)
			""";

	private static final String SUBSCRIPTION = """
			subscription($department: String) {
			  radarNudges(department: $department) {
			    kind occurredOn channel daysWaited country { iso2 }
			    result { code } engagement { code status } missedResults { code }
			    message french: message(lang: FR)
			  }
			}
			""";

	private static final String RECORD = """
			mutation($input: RecordEngagementInput!) { recordEngagement(input: $input) { errors { code message } } }
			""";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ca.engagementgraph.ledger.Ledger ledger;

	@Autowired
	WaitCheck waitCheck;

	@Autowired
	Nudges nudges;

	@Autowired
	WriteTransactions writes;

	@Autowired
	NudgeProperties properties;

	@BeforeAll
	void buildWland() {
		forgetNudges();
		driver.executableQuery(WLAND).withParameters(Map.of("results", List.of(
				// crosses the 180-day wait today, Unclassified
				Map.of("code", "XW-R1", "achievedOn", TODAY.minusDays(WAIT), "classification", "UNCLASSIFIED"),
				// crosses today too, Protected B: cleared readers only
				Map.of("code", "XW-R2", "achievedOn", TODAY.minusDays(WAIT), "classification", "PROTECTED_B"),
				// crosses tomorrow
				Map.of("code", "XW-R3", "achievedOn", TODAY.minusDays(WAIT - 1), "classification", "UNCLASSIFIED"),
				// crossed long ago: before the nudge's first check, never nudged
				Map.of("code", "XW-R4", "achievedOn", TODAY.minusDays(400), "classification", "UNCLASSIFIED"))))
			.execute();
		TestDatabase.ledgerFollowsBoltWrites(ledger);
		// The planned chance, ten days ahead: within the 28-day horizon, on Wland's OTTAWA channel, CBSA attending.
		record(MeetingInputs.ottawaMeeting("XW-HOM-NEXT").on(TODAY.plusDays(10).toString()).status("PLANNED")
			.with("XW-OTT", "XW").build());
	}

	@AfterAll
	void removeWland() {
		driver.executableQuery("MATCH (n) WHERE n.iso2 = 'XW' OR n.code STARTS WITH 'XW-' DETACH DELETE n").execute();
		driver.executableQuery("MATCH (a:AuditEvent) WHERE a.node STARTS WITH 'Engagement:XW-' DETACH DELETE a").execute();
		forgetNudges();
		TestDatabase.ledgerFollowsBoltWrites(ledger);
	}

	private void forgetNudges() {
		driver.executableQuery("MATCH (n) WHERE n:__NudgeState OR n:__NudgeEvent DETACH DELETE n").execute();
	}

	private void record(Map<String, Object> input) {
		mutate(RECORD, Map.of("input", input), "recordEngagement");
	}

	/**
	 * Runs a mutation that must succeed. A transaction stopped by the request time limit (QUERY_TIMEOUT: rolled back,
	 * nothing written) is tried again: the two cores are shared with other builds, and a slow answer is not a wrong one.
	 */
	private void mutate(String document, Map<String, Object> variables, String field) {
		for (int attempt = 1;; attempt++) {
			var request = graphQl.document(document);
			for (var variable : variables.entrySet()) {
				request = request.variable(variable.getKey(), variable.getValue());
			}
			var response = request.execute();
			var timedOut = new java.util.concurrent.atomic.AtomicBoolean();
			boolean mayRetry = attempt < 3;
			response.errors().filter(error -> {
				boolean timeout = "QUERY_TIMEOUT".equals(error.getExtensions().get("code")) && mayRetry;
				timedOut.compareAndSet(false, timeout);
				return timeout;
			}).verify();
			if (!timedOut.get()) {
				response.path(field + ".errors").entityList(Object.class).hasSize(0);
				return;
			}
		}
	}

	/** A subscriber's nudges as they arrive ({@code all}: every one received so far, in order). */
	private record Subscriber(BlockingQueue<Map<String, Object>> received, List<Map<String, Object>> all,
			Disposable subscription) {

		/** The first nudge received that is {@code wanted}, waiting for it if need be. */
		Map<String, Object> next(Predicate<Map<String, Object>> wanted) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (true) {
				var found = all.stream().filter(wanted).findFirst();
				if (found.isPresent()) {
					return found.get();
				}
				if (System.nanoTime() > deadline) {
					throw new AssertionError("The nudge did not arrive within 60 s; received: " + all);
				}
				var nudge = received.poll(1, TimeUnit.SECONDS);
				if (nudge != null) {
					all.add(nudge);
				}
			}
		}

		/** The Wland nudges received, as kind:code. */
		List<String> wland() {
			received.drainTo(all);
			return all.stream().filter(nudge -> "XW".equals(((Map<?, ?>) nudge.get("country")).get("iso2")))
				.map(nudge -> nudge.get("kind") + ":" + (nudge.get("result") != null
						? ((Map<?, ?>) nudge.get("result")).get("code") : ((Map<?, ?>) nudge.get("engagement")).get("code")))
				.toList();
		}
	}

	private WebSocketGraphQlClient client(String user) {
		return WebSocketGraphQlClient.builder(URI.create("ws://localhost:" + port + "/graphql-ws"), new StandardWebSocketClient())
			.headers(headers -> headers.setBasicAuth(user, "demo"))
			.build();
	}

	@SuppressWarnings("unchecked")
	private Subscriber subscribe(WebSocketGraphQlClient client, String department) throws InterruptedException {
		var received = new LinkedBlockingQueue<Map<String, Object>>();
		int before = nudges.subscribers();
		var request = client.document(SUBSCRIPTION);
		if (department != null) {
			request = request.variable("department", department);
		}
		Disposable subscription = request.executeSubscription()
			.map(response -> (Map<String, Object>) response.field("radarNudges").toEntity(Map.class))
			.subscribe(received::add);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (nudges.subscribers() <= before && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(nudges.subscribers()).as("subscribed").isGreaterThan(before);
		return new Subscriber(received, new java.util.concurrent.CopyOnWriteArrayList<>(), subscription);
	}

	private static Predicate<Map<String, Object>> about(String kind, String code) {
		return nudge -> kind.equals(nudge.get("kind")) && code.equals(kind.equals("WAIT_CROSSED")
				? ((Map<?, ?>) nudge.get("result")).get("code") : ((Map<?, ?>) nudge.get("engagement")).get("code"));
	}

	@SuppressWarnings("unchecked")
	private static List<String> missed(Map<String, Object> nudge) {
		return ((List<Map<String, Object>>) nudge.get("missedResults")).stream().map(r -> (String) r.get("code")).toList();
	}

	@Test
	void subscribersGetWaitsCrossedAndMissedAgendasAsTheirClearanceAllowsAndNothingTwice() throws Exception {
		var cleared = client("admin");
		var uncleared = client(SignedInAsAdmin.UNCLEARED_ADMIN);
		var cbsa = subscribe(cleared, "CBSA");
		var everything = subscribe(uncleared, null);
		var ps = subscribe(cleared, "PS"); // PS attends none of Wland's meetings
		try {
			// The check last covered yesterday: today's crossings are nudged, older ones were nudged before.
			driver.executableQuery("MERGE (s:__NudgeState {id: 'waitCrossed'}) SET s.checkedThrough = $yesterday")
				.withParameters(Map.of("yesterday", TODAY.minusDays(1))).execute();
			var events = waitCheck.check(TODAY).stream().filter(event -> event.country().equals("XW")).toList();
			assertThat(events).extracting(NudgeEvent::result, NudgeEvent::meeting, NudgeEvent::channel,
					NudgeEvent::forCleared, NudgeEvent::forUncleared)
				.containsExactlyInAnyOrder(
						org.assertj.core.groups.Tuple.tuple("XW-R1", "XW-HOM-NEXT", "OTTAWA", true, true),
						org.assertj.core.groups.Tuple.tuple("XW-R2", "XW-HOM-NEXT", "OTTAWA", true, false));

			var r1 = cbsa.next(about("WAIT_CROSSED", "XW-R1"));
			assertThat(r1).containsEntry("daysWaited", WAIT).containsEntry("channel", "OTTAWA")
				.containsEntry("occurredOn", TODAY.toString())
				.containsEntry("engagement", Map.of("code", "XW-HOM-NEXT", "status", "PLANNED"))
				.containsEntry("country", Map.of("iso2", "XW"));
			assertThat((String) r1.get("message")).isEqualTo("Result XW-R1 has waited 180 days without being raised on "
					+ "the Ottawa (mission in Canada) channel of Wland: raise it at meeting XW-HOM-NEXT on 2026-12-01.");
			assertThat((String) r1.get("french")).isEqualTo("Le résultat XW-R1 attend depuis 180 jours sans avoir été "
					+ "soulevé sur le canal Ottawa (mission au Canada) de Wlande\u00a0: soulevez-le à la rencontre "
					+ "XW-HOM-NEXT du 2026-12-01.");
			cbsa.next(about("WAIT_CROSSED", "XW-R2"));
			everything.next(about("WAIT_CROSSED", "XW-R1"));

			// The same day again, or a restarted service's check (a new instance: the state is in the graph), or the
			// next day: nothing already nudged comes again, and tomorrow's crossing comes once.
			assertThat(waitCheck.check(TODAY)).isEmpty();
			var restarted = new WaitCheck(writes, properties, nudges, NudgeClock.system());
			assertThat(restarted.check(TODAY.plusDays(1)).stream().filter(event -> event.country().equals("XW")))
				.extracting(NudgeEvent::result).containsExactly("XW-R3");
			assertThat(driver.executableQuery("MATCH (s:__NudgeState {id: 'waitCrossed'}) RETURN s.checkedThrough AS d")
				.execute().records().getFirst().get("d").asLocalDate()).isEqualTo(TODAY.plusDays(1));
			cbsa.next(about("WAIT_CROSSED", "XW-R3"));

			// A Protected B meeting held without raising XW-R1 from its agenda: cleared readers only.
			record(MeetingInputs.ottawaMeeting("XW-HOM-SECRET").on(TODAY.toString()).status("PLANNED")
				.with("XW-OTT", "XW").set("classification", "PROTECTED_B").build());
			putOnAgenda("XW-HOM-SECRET", "XW-R1", "XW-R4");
			mutate("""
					mutation { holdEngagement(input: {code: "XW-HOM-SECRET", version: 1, raisedResults: ["XW-R4"]}) {
					  errors { code } } }""", Map.of(), "holdEngagement");
			var secret = cbsa.next(about("AGENDA_MISSED", "XW-HOM-SECRET"));
			assertThat(missed(secret)).containsExactly("XW-R1");
			assertThat(secret).containsEntry("engagement", Map.of("code", "XW-HOM-SECRET", "status", "HELD"));

			// An Unclassified meeting marked HELD by an update, raising nothing of its agenda: the uncleared reader
			// is told of the Unclassified result only.
			record(MeetingInputs.ottawaMeeting("XW-HOM-OPEN").on(TODAY.toString()).status("PLANNED")
				.with("XW-OTT", "XW").build());
			putOnAgenda("XW-HOM-OPEN", "XW-R1", "XW-R2");
			mutate("""
					mutation { updateEngagement(input: {code: "XW-HOM-OPEN", version: 1, status: HELD}) {
					  errors { code } } }""", Map.of(), "updateEngagement");
			var open = cbsa.next(about("AGENDA_MISSED", "XW-HOM-OPEN"));
			assertThat(missed(open)).containsExactly("XW-R1", "XW-R2");
			assertThat((String) open.get("message")).isEqualTo(
					"Meeting XW-HOM-OPEN on 2026-11-21 (Wland) was held without raising 2 result(s) on its agenda: XW-R1, XW-R2.");

			// The uncleared reader's stream, in order: what followed XW-R1 is XW-R3 and XW-HOM-OPEN; XW-R2 and the
			// Protected B meeting never came (a later nudge on the same connection arrived after them).
			everything.next(about("WAIT_CROSSED", "XW-R3"));
			var openUncleared = everything.next(about("AGENDA_MISSED", "XW-HOM-OPEN"));
			assertThat(missed(openUncleared)).containsExactly("XW-R1");
			assertThat((String) openUncleared.get("french")).isEqualTo("La rencontre XW-HOM-OPEN du 2026-11-21 (Wlande) "
					+ "a eu lieu sans soulever 1 résultat(s) inscrit(s) à son ordre du jour\u00a0: XW-R1.");
			assertThat(everything.wland()).containsExactly("WAIT_CROSSED:XW-R1", "WAIT_CROSSED:XW-R3",
					"AGENDA_MISSED:XW-HOM-OPEN");
			assertThat(cbsa.wland()).containsExactlyInAnyOrder("WAIT_CROSSED:XW-R1", "WAIT_CROSSED:XW-R2",
					"WAIT_CROSSED:XW-R3", "AGENDA_MISSED:XW-HOM-SECRET", "AGENDA_MISSED:XW-HOM-OPEN");

			// A department filter: PS attends none of these meetings.
			assertThat(ps.wland()).isEmpty();
		}
		finally {
			cbsa.subscription().dispose();
			everything.subscription().dispose();
			ps.subscription().dispose();
		}
	}

	private void putOnAgenda(String meeting, String... results) {
		// Until the radar's acceptSuggestion lands (issue 17, engineer A), the agenda is written as it will store it.
		driver.executableQuery("""
				MATCH (e:Engagement {code: $meeting}) UNWIND $results AS code MATCH (r:Result {code: code})
				MERGE (e)-[a:ON_AGENDA]->(r) SET a.acceptedOn = $today, a.acceptedBy = 'coordinator'
				""").withParameters(Map.of("meeting", meeting, "results", List.of(results), "today", TODAY)).execute();
	}

	@Test
	void aSubscriptionNeedsTheSameSignInAsAnyRequest() {
		var anonymous = WebSocketGraphQlClient.builder(URI.create("ws://localhost:" + port + "/graphql-ws"),
				new StandardWebSocketClient()).build();
		// Refused at the handshake with the HTTP Basic challenge (which the WebSocket client cannot answer).
		assertThatThrownBy(() -> anonymous.document(SUBSCRIPTION).executeSubscription().blockFirst(Duration.ofSeconds(30)))
			.rootCause().hasMessageContaining("authentication");
		var wrongPassword = WebSocketGraphQlClient.builder(URI.create("ws://localhost:" + port + "/graphql-ws"),
				new StandardWebSocketClient()).headers(headers -> headers.setBasicAuth("admin", "wrong")).build();
		assertThatThrownBy(() -> wrongPassword.document(SUBSCRIPTION).executeSubscription().blockFirst(Duration.ofSeconds(30)))
			.rootCause().hasMessageContaining("authentication");
	}

	@Test
	void onlyTheServicesOwnPagesMayOpenTheWebSocketFromABrowser() throws Exception {
		var foreign = WebSocketGraphQlClient.builder(URI.create("ws://localhost:" + port + "/graphql-ws"),
				new StandardWebSocketClient()).headers(headers -> {
					headers.setBasicAuth("admin", "demo");
					headers.setOrigin("https://attacker.example");
				}).build();
		assertThatThrownBy(() -> foreign.document(SUBSCRIPTION).executeSubscription().blockFirst(Duration.ofSeconds(30)))
			.hasMessageContaining("WebSocket");
		var own = WebSocketGraphQlClient.builder(URI.create("ws://localhost:" + port + "/graphql-ws"),
				new StandardWebSocketClient()).headers(headers -> {
					headers.setBasicAuth("admin", "demo");
					headers.setOrigin("http://localhost:" + port);
				}).build();
		subscribe(own, null).subscription().dispose();
	}
}
