package ca.engagementgraph.api;

import ca.engagementgraph.database.BoltAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the service where to point a browser and a Bolt client, once it accepts requests: with the
 * embedded database, the Bolt user and (when the demo generated it) the password, so Neo4j Browser, cypher-shell or a
 * driver can sign in.
 */
@Component
class ReadyMessage {

	private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

	private final Environment environment;
	private final ObjectProvider<Neo4jConnectionDetails> database;
	private final ObjectProvider<BoltAccess> embedded;

	ReadyMessage(Environment environment, ObjectProvider<Neo4jConnectionDetails> database,
			ObjectProvider<BoltAccess> embedded) {
		this.environment = environment;
		this.database = database;
		this.embedded = embedded;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		log.info(message());
	}

	/** One line: where the dashboard, GraphQL and GraphiQL are, and how a Bolt client signs in to the embedded Neo4j. */
	String message() {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		String base = "http://localhost:" + port;
		boolean graphiql = environment.getProperty("spring.graphql.graphiql.enabled", Boolean.class, false);
		var bolt = database.getIfAvailable();
		var access = embedded.getIfAvailable();
		String neo4j = access != null ? ", Neo4j at " + access.describe() : bolt == null ? "" : ", Neo4j at " + bolt.getUri();
		return "Engagement Graph is ready: dashboard at " + base + "/, GraphQL at " + base + "/graphql"
				+ (graphiql ? ", GraphiQL at " + base + "/graphiql" : "") + neo4j;
	}
}
