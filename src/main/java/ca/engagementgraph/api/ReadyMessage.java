package ca.engagementgraph.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the service where to point a browser and a Bolt client, once it accepts requests. */
@Component
class ReadyMessage {

	private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

	private final Environment environment;
	private final ObjectProvider<Neo4jConnectionDetails> database;

	ReadyMessage(Environment environment, ObjectProvider<Neo4jConnectionDetails> database) {
		this.environment = environment;
		this.database = database;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		String base = "http://localhost:" + port;
		boolean graphiql = environment.getProperty("spring.graphql.graphiql.enabled", Boolean.class, false);
		var bolt = database.getIfAvailable();
		log.info("Engagement Graph is ready: dashboard at {}/, GraphQL at {}/graphql{}{}", base, base,
				graphiql ? ", GraphiQL at " + base + "/graphiql" : "",
				bolt == null ? "" : ", Neo4j at " + bolt.getUri());
	}
}
