package ca.engagementgraph.api;

import java.util.regex.Pattern;

import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The demo's Bolt port asks for a password like any other, and the ready message says which, so Neo4j Browser,
 * cypher-shell or a driver still get in with what it prints.
 */
@GraphIntegrationTest
class ReadyMessageTest {

	private static final Pattern BOLT = Pattern.compile(
			"Neo4j at (bolt://127\\.0\\.0\\.1:\\d+) \\(user neo4j, password (\\S+), kept in (\\S+bolt-password)\\)");

	@Autowired
	ReadyMessage ready;

	@Autowired
	ObjectProvider<ca.engagementgraph.database.BoltAccess> embedded;

	@Autowired
	Neo4jConnectionDetails database;

	@Test
	void theReadyMessageGivesTheBoltUserAndPasswordThatSignIn() throws Exception {
		assumeTrue(embedded.getIfAvailable() != null, "runs on the embedded database");
		String message = ready.message();
		var bolt = BOLT.matcher(message);
		assertThat(bolt.find()).as(message).isTrue();
		assertThat(java.nio.file.Files.readString(java.nio.file.Path.of(bolt.group(3))).strip()).isEqualTo(bolt.group(2));
		try (var signedIn = GraphDatabase.driver(bolt.group(1), AuthTokens.basic("neo4j", bolt.group(2)))) {
			signedIn.verifyConnectivity();
		}
	}

	@Test
	void theBoltPortItAnnouncesTakesWebSocketsFromTheServicesOwnPagesOnly() throws Exception {
		assumeTrue(embedded.getIfAvailable() != null, "runs on the embedded database");
		var webSocket = java.net.URI.create("ws://127.0.0.1:" + database.getUri().getPort() + "/");
		try (var http = java.net.http.HttpClient.newHttpClient()) {
			assertThat(handshake(http, webSocket, "https://attacker.example")).isEqualTo(403);
			assertThat(handshake(http, webSocket, "http://localhost:" + port)).isEqualTo(101);
		}
	}

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	private static int handshake(java.net.http.HttpClient http, java.net.URI uri, String origin) throws Exception {
		try {
			http.newWebSocketBuilder().header("Origin", origin).buildAsync(uri, new java.net.http.WebSocket.Listener() {
			}).get(30, java.util.concurrent.TimeUnit.SECONDS).abort();
			return 101;
		}
		catch (java.util.concurrent.ExecutionException ex) {
			return ((java.net.http.WebSocketHandshakeException) ex.getCause()).getResponse().statusCode();
		}
	}

	@Test
	void aBoltClientWithoutThePasswordIsRefusedInTheDemoToo() {
		// (Wrong passwords are tried in EmbeddedDatabaseTest: here they would count towards Neo4j's lock of user
		// neo4j, which the service itself signs in as.)
		try (var anonymous = GraphDatabase.driver(database.getUri(), AuthTokens.none())) {
			org.assertj.core.api.Assertions.assertThatThrownBy(anonymous::verifyConnectivity)
				.isInstanceOf(org.neo4j.driver.exceptions.AuthenticationException.class);
		}
	}
}
