package ca.engagementgraph.dashboard;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import ca.engagementgraph.security.Access;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Answers every dashboard document once, in the background, as soon as the service accepts requests. The first
 * answer to a document costs the database its query plans and the JVM its compilation of the code they run, several
 * seconds of processor each for the leveraging questions on a fresh process; sixteen people opening the dashboards
 * at once used to pay all of it together, and the slowest ran into the request time limit (QUERY_TIMEOUT on the gap
 * table). Read-only, one document at a time, as an internal reader with the Protected B clearance; a document whose
 * variables the graph cannot fill (an empty graph) is left out. {@code engagement-graph.warm-up=false} turns it off.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class DashboardWarmUp {

	private static final Logger log = LoggerFactory.getLogger(DashboardWarmUp.class);

	/**
	 * Keys of the graph to fill the documents' variables with: the busiest country (by its ledger counter: counting
	 * every result per country took seconds at scale L, on the start's critical minute), one of its results, a planned
	 * meeting, a department.
	 */
	private static final String SAMPLE_KEYS = """
			OPTIONAL MATCH (counter:__CountryLedger) WHERE counter.results > 0
			WITH counter ORDER BY counter.results DESC, counter.country LIMIT 1
			OPTIONAL MATCH (c:Country {iso2: counter.country})
			CALL (c) {
			  OPTIONAL MATCH (c)<-[:IN]-(:Project)<-[:OF]-(r:Result)
			  RETURN r.code AS result LIMIT 1
			}
			CALL () {
			  OPTIONAL MATCH (e:Engagement {status: 'PLANNED'})
			  RETURN e.code AS engagement LIMIT 1
			}
			OPTIONAL MATCH (d:Department)
			WITH c, result, engagement, min(d.code) AS department
			RETURN c.iso2 AS country, c.nameEn AS name, result, engagement, department
			""";

	private final WebGraphQlHandler graphQl;
	private final Driver driver;
	private final boolean enabled;

	DashboardWarmUp(WebGraphQlHandler graphQl, Driver driver,
			@Value("${engagement-graph.warm-up:true}") boolean enabled) {
		this.graphQl = graphQl;
		this.driver = driver;
		this.enabled = enabled;
	}

	/** Set when the service begins to stop: the warm-up then ends after the document it is answering. */
	private volatile boolean stopping;

	@EventListener(org.springframework.context.event.ContextClosedEvent.class)
	void stop() {
		stopping = true;
	}

	/** Counted down by the first request the service answers. */
	private final java.util.concurrent.CountDownLatch firstRequest = new java.util.concurrent.CountDownLatch(1);

	/** How long the warm-up waits for a first request to go first. */
	static final java.time.Duration YIELD = java.time.Duration.ofSeconds(3);

	@EventListener(org.springframework.web.context.support.ServletRequestHandledEvent.class)
	void requestHandled() {
		firstRequest.countDown();
	}

	/** Waits until the service has answered a first request, at most {@code patience}; whether one came. */
	boolean awaitFirstRequest(java.time.Duration patience) throws InterruptedException {
		return firstRequest.await(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (enabled) {
			Thread.ofPlatform().daemon(true).name("dashboard-warm-up").start(() -> {
				// Background work gives way to a reader: a first request arriving as the service opens (a dashboard
				// left open across a restart, a health probe) is answered first, not beside a dozen documents compiling
				// their Cypher on the same two cores; then, or after a few quiet seconds, the warm-up runs.
				try {
					awaitFirstRequest(YIELD);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				warmUp();
			});
		}
	}

	/** Runs each document once; returns how many were answered without error. */
	int warmUp() {
		long started = System.nanoTime();
		int answered = 0;
		int documents = 0;
		try {
			Map<String, Object> values = sampleValues();
			SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
					"warm-up", null, AuthorityUtils.createAuthorityList(Access.ANALYST, Access.PROTECTED_B)));
			for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:ui-queries/*.graphql")) {
				if (stopping) {
					log.debug("Warm-up stopped: the service is stopping");
					break;
				}
				String document = resource.getContentAsString(StandardCharsets.UTF_8);
				var variables = variables(document, values);
				if (variables.isEmpty()) {
					continue; // a mutation, or variables this graph cannot fill
				}
				documents++;
				// Through the same handler as HTTP requests: interceptors, and the reader's identity carried to every
				// resolver, whatever thread it runs on.
				String name = resource.getFilename().replace(".graphql", "");
				long began = System.nanoTime();
				var response = graphQl.handleRequest(new WebGraphQlRequest(URI.create("http://localhost/graphql"),
						new HttpHeaders(), null, Map.of(), Map.of("query", document, "variables", variables.get(),
								"extensions", Map.of("documentId", name)), "warm-up-" + documents, null)).block();
				log.debug("Warm-up of {} took {} ms", name, (System.nanoTime() - began) / 1_000_000);
				if (response != null && response.isValid() && response.getErrors().isEmpty()) {
					answered++;
				}
				else {
					log.debug("Warm-up of {} answered {}", resource.getFilename(), response == null ? null : response.getErrors());
				}
			}
			log.info("Warmed up {} of {} dashboard documents in {} ms", answered, documents,
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Warm-up stopped: {}", ex.getMessage());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		return answered;
	}

	private Map<String, Object> sampleValues() {
		var row = driver.executableQuery(SAMPLE_KEYS).execute().records().getFirst();
		var values = new HashMap<String, Object>();
		put(values, "country", row.get("country").asString(null));
		put(values, "code", row.get("country").asString(null));
		put(values, "text", row.get("name").asString(null));
		put(values, "key", row.get("result").asString(null));
		put(values, "from", row.get("result").asString(null));
		put(values, "engagement", row.get("engagement").asString(null));
		put(values, "department", row.get("department").asString(null));
		put(values, "to", row.get("department").asString(null));
		return values;
	}

	private static void put(Map<String, Object> values, String name, String value) {
		if (value != null) {
			values.put(name, value);
		}
	}

	/** The query's required variables filled from {@code values}; empty for a mutation or one that cannot be filled. */
	static Optional<Map<String, Object>> variables(String document, Map<String, Object> values) {
		var operation = new Parser().parseDocument(document).getDefinitionsOfType(OperationDefinition.class).getFirst();
		if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
			return Optional.empty();
		}
		var variables = new LinkedHashMap<String, Object>();
		for (var definition : operation.getVariableDefinitions()) {
			boolean required = definition.getType() instanceof NonNullType && definition.getDefaultValue() == null;
			var type = definition.getType() instanceof NonNullType nonNull ? nonNull.getType() : definition.getType();
			boolean text = type instanceof graphql.language.TypeName name && name.getName().equals("String");
			Object value = text ? values.get(definition.getName()) : null; // keys are strings; dates and the rest keep their defaults
			if (value != null) {
				variables.put(definition.getName(), value);
			}
			else if (required) {
				return Optional.empty();
			}
		}
		return Optional.of(variables);
	}
}
