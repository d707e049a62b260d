package ca.engagementgraph.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The in-process database keeps its data on disk, speaks Bolt on localhost, and fails to start clearly. */
class EmbeddedDatabaseTest {

	@TempDir
	Path home;

	@Test
	void dataWrittenOverBoltSurvivesARestart() {
		var properties = new EmbeddedDatabaseProperties(true, home, 0, "16m", "");
		try (var database = EmbeddedDatabase.start(properties);
				var driver = GraphDatabase.driver(database.boltUri(), AuthTokens.none())) {
			assertThat(database.boltUri().getHost()).isEqualTo("127.0.0.1");
			driver.executableQuery("CREATE (:Country {iso2: 'QM', nameEn: 'Kept'})").execute();
		}
		try (var database = EmbeddedDatabase.start(properties);
				var driver = GraphDatabase.driver(database.boltUri(), AuthTokens.none())) {
			var name = driver.executableQuery("MATCH (c:Country {iso2: 'QM'}) RETURN c.nameEn AS name").execute()
				.records().getFirst().get("name").asString();
			assertThat(name).isEqualTo("Kept");
		}
	}

	@Test
	void withAPasswordBoltRefusesAnonymousClientsAndAcceptsTheConfiguredUser() {
		var properties = new EmbeddedDatabaseProperties(true, home, 0, "16m", "s3cret-for-tests");
		try (var database = EmbeddedDatabase.start(properties)) {
			try (var anonymous = GraphDatabase.driver(database.boltUri(), AuthTokens.none())) {
				assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(org.neo4j.driver.exceptions.Neo4jException.class);
			}
			try (var signedIn = GraphDatabase.driver(database.boltUri(), AuthTokens.basic("neo4j", "s3cret-for-tests"))) {
				assertThat(signedIn.executableQuery("RETURN 1 AS one").execute().records().getFirst().get("one").asInt())
					.isEqualTo(1);
			}
		}
		// The password survives a restart (setting it again is harmless).
		try (var database = EmbeddedDatabase.start(properties);
				var signedIn = GraphDatabase.driver(database.boltUri(), AuthTokens.basic("neo4j", "s3cret-for-tests"))) {
			signedIn.verifyConnectivity();
		}
	}

	@Test
	void aBusyBoltPortStopsStartupWithOneClearSentence() throws IOException {
		try (var busy = new ServerSocket()) {
			busy.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
			int port = busy.getLocalPort();
			assertThatThrownBy(() -> EmbeddedDatabase.start(new EmbeddedDatabaseProperties(true, home, port, "16m", "")))
				.isInstanceOf(EmbeddedDatabaseUnavailableException.class)
				.hasMessage("The Bolt port " + port + " on 127.0.0.1 is already in use, so the embedded Neo4j cannot listen on it.")
				.satisfies(ex -> assertThat(((EmbeddedDatabaseUnavailableException) ex).remedy()).contains("BOLT_PORT"));
		}
	}

	@Test
	void aDataDirectoryThatCannotBeCreatedStopsStartupWithOneClearSentence() throws IOException {
		Path file = Files.createFile(home.resolve("not-a-directory"));
		Path dataDir = file.resolve("data");
		assertThatThrownBy(() -> EmbeddedDatabase.start(new EmbeddedDatabaseProperties(true, dataDir, 0, "16m", "")))
			.isInstanceOf(EmbeddedDatabaseUnavailableException.class)
			.hasMessageStartingWith("The data directory " + dataDir + " cannot be created")
			.satisfies(ex -> assertThat(((EmbeddedDatabaseUnavailableException) ex).remedy()).contains("DATA_DIR"));
	}

	@Test
	void aReadOnlyStoreInAWritableFolderStopsStartupWithOneClearSentence() throws Exception {
		Path store = Files.createDirectories(home.resolve("data/databases/neo4j"));
		Files.writeString(store.resolve("neostore"), "");
		ReadOnly.make(store);
		try {
			assertThatThrownBy(() -> EmbeddedDatabase.start(new EmbeddedDatabaseProperties(true, home, 0, "16m", "")))
				.isInstanceOf(EmbeddedDatabaseUnavailableException.class)
				.hasMessageStartingWith("The embedded database's store in " + home + " cannot be written: ")
				.hasMessageContaining("is read-only for user " + System.getProperty("user.name"))
				.satisfies(ex -> assertThat(((EmbeddedDatabaseUnavailableException) ex).remedy()).contains("DATA_DIR"));
		}
		finally {
			ReadOnly.undo(store);
		}
	}

	@Test
	void outsideTheDemoABlankOrDefaultBoltPasswordStopsStartup() {
		var production = new org.springframework.mock.env.MockEnvironment();
		production.setActiveProfiles("prod");
		for (String password : new String[] { "", "neo4j", "demo" }) {
			assertThatThrownBy(() -> new EmbeddedDatabaseConfiguration().embeddedDatabase(
					new EmbeddedDatabaseProperties(true, home, 0, "16m", password), production))
				.isInstanceOf(EmbeddedDatabaseUnavailableException.class)
				.hasMessageContaining("needs a password of your own");
		}
	}

	@Test
	void theFailureReportIsTheSentenceAndItsRemedy() {
		var failure = new EmbeddedDatabaseUnavailableException("The thing broke.", "Fix the thing.", null);
		var analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).isEqualTo("The thing broke.");
		assertThat(analysis.getAction()).isEqualTo("Fix the thing.");
	}
}
