package ca.engagementgraph.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.util.List;

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
				var driver = GraphDatabase.driver(database.boltUri(), database.authToken())) {
			assertThat(database.boltUri().getHost()).isEqualTo("127.0.0.1");
			driver.executableQuery("CREATE (:Country {iso2: 'QM', nameEn: 'Kept'})").execute();
		}
		try (var database = EmbeddedDatabase.start(properties);
				var driver = GraphDatabase.driver(database.boltUri(), database.authToken())) {
			var name = driver.executableQuery("MATCH (c:Country {iso2: 'QM'}) RETURN c.nameEn AS name").execute()
				.records().getFirst().get("name").asString();
			assertThat(name).isEqualTo("Kept");
		}
	}

	/**
	 * The database's own jobs (index sampling among them) run on platform threads: on virtual ones a bulk load wedged
	 * for good (EmbeddedDatabase). Read from Neo4j's own flag, so that a Neo4j upgrade renaming it fails here.
	 */
	@Test
	void theDatabasesOwnJobsRunOnPlatformThreads() throws ReflectiveOperationException {
		var properties = new EmbeddedDatabaseProperties(true, home, 0, "16m", "");
		try (var database = EmbeddedDatabase.start(properties)) {
			var flag = Class.forName("org.neo4j.scheduler.Group$GroupSupport").getDeclaredField("USE_VIRTUAL_THREADS");
			flag.setAccessible(true);

			assertThat(flag.getBoolean(null)).isFalse();
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
		// The password survives a restart (it already signs in, so it is not set again).
		try (var database = EmbeddedDatabase.start(properties);
				var signedIn = GraphDatabase.driver(database.boltUri(), AuthTokens.basic("neo4j", "s3cret-for-tests"))) {
			signedIn.verifyConnectivity();
		}
	}

	@Test
	void aPasswordChangedBetweenStartsIsTheOneBoltAcceptsAfterTheRestart() {
		try (var database = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(true, home, 0, "16m", "first-secret-1"))) {
			assertThat(database.boltUri()).isNotNull();
		}
		try (var database = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(true, home, 0, "16m", "second-secret-2"))) {
			try (var signedIn = GraphDatabase.driver(database.boltUri(), AuthTokens.basic("neo4j", "second-secret-2"))) {
				signedIn.verifyConnectivity();
			}
			try (var old = GraphDatabase.driver(database.boltUri(), AuthTokens.basic("neo4j", "first-secret-1"))) {
				assertThatThrownBy(old::verifyConnectivity).isInstanceOf(org.neo4j.driver.exceptions.Neo4jException.class);
			}
		}
	}

	@Test
	void aDataDirectoryWithoutAStoreStartsFromTheTemplateAndOneWithAStoreNeverDoes() {
		var properties = new EmbeddedDatabaseProperties(true, home, 0, "16m", "template-secret-1");
		var asked = new java.util.concurrent.atomic.AtomicInteger();
		StoreTemplate template = into -> {
			asked.incrementAndGet();
			return false; // not applicable: the graph starts empty, as without a template
		};
		try (var database = EmbeddedDatabase.startInBackground(properties, false, origin -> false, List.of(), template)
			.awaitStarted(); var driver = GraphDatabase.driver(database.boltUri(), database.authToken())) {
			driver.executableQuery("CREATE (:Country {iso2: 'QM', nameEn: 'Mine'})").execute();
		}
		try (var database = EmbeddedDatabase.startInBackground(properties, false, origin -> false, List.of(), template)
			.awaitStarted(); var driver = GraphDatabase.driver(database.boltUri(), database.authToken())) {
			assertThat(driver.executableQuery("MATCH (c:Country {iso2: 'QM'}) RETURN c.nameEn AS name").execute()
				.records().getFirst().get("name").asString()).isEqualTo("Mine");
		}
		assertThat(asked).as("asked on the first start only").hasValue(1);
	}

	@Test
	void aFirstStartCreatesUserNeo4jWithThePasswordAndLeavesNoHashOfItBesideTheStore() {
		var properties = new EmbeddedDatabaseProperties(true, home, 0, "16m", "initial-secret-1");
		try (var database = EmbeddedDatabase.start(properties);
				var signedIn = GraphDatabase.driver(database.boltUri(), AuthTokens.basic("neo4j", "initial-secret-1"))) {
			signedIn.verifyConnectivity();
		}
		assertThat(home.resolve("data/dbms/auth.ini")).doesNotExist();
	}

	@Test
	void withoutABoltPasswordTheDemoGeneratesAStrongOneKeptOwnerOnlyWithTheDataAndReusedOnRestart() throws IOException {
		var properties = new EmbeddedDatabaseProperties(true, home, 0, "16m", "");
		String generated;
		try (var database = EmbeddedDatabase.start(properties)) {
			generated = database.boltPassword().value();
			assertThat(database.boltPassword().source()).isEqualTo(BoltPassword.Source.GENERATED);
			assertThat(generated).hasSizeGreaterThanOrEqualTo(32);
			Path file = home.resolve("bolt-password");
			assertThat(Files.readString(file).strip()).isEqualTo(generated);
			assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
				.isEqualTo("rw-------");
			try (var anonymous = GraphDatabase.driver(database.boltUri(), AuthTokens.none())) {
				assertThatThrownBy(anonymous::verifyConnectivity)
					.isInstanceOf(org.neo4j.driver.exceptions.AuthenticationException.class);
			}
			try (var defaults = GraphDatabase.driver(database.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
				assertThatThrownBy(defaults::verifyConnectivity)
					.isInstanceOf(org.neo4j.driver.exceptions.AuthenticationException.class);
			}
			try (var signedIn = GraphDatabase.driver(database.boltUri(), AuthTokens.basic("neo4j", generated))) {
				signedIn.verifyConnectivity();
			}
		}
		try (var database = EmbeddedDatabase.start(properties);
				var signedIn = GraphDatabase.driver(database.boltUri(), AuthTokens.basic("neo4j", generated))) {
			assertThat(database.boltPassword().source()).isEqualTo(BoltPassword.Source.STORED);
			assertThat(database.boltPassword().value()).isEqualTo(generated);
			signedIn.verifyConnectivity();
		}
		assertThat(BoltPassword.generate()).as("another start elsewhere gets another password").isNotEqualTo(generated);
	}

	@Test
	void aWebPageOfAnotherOriginCannotOpenBoltOverWebSocketWhilePlainBoltAndAllowedOriginsStillCan() throws Exception {
		var properties = new EmbeddedDatabaseProperties(true, home, 0, "16m", "");
		try (var database = EmbeddedDatabase.start(properties, true, "http://localhost:8080"::equals);
				var http = java.net.http.HttpClient.newHttpClient()) {
			URI webSocket = URI.create("ws://127.0.0.1:" + database.boltUri().getPort() + "/");

			assertThat(webSocketStatus(http, webSocket, "https://attacker.example")).isEqualTo(403);
			assertThat(webSocketStatus(http, webSocket, "null")).as("a sandboxed page or a local file").isEqualTo(403);
			assertThat(webSocketStatus(http, webSocket, "http://localhost:8080")).as("the service's own page").isEqualTo(101);

			try (var driver = GraphDatabase.driver(database.boltUri(), database.authToken())) {
				assertThat(driver.executableQuery("RETURN 1 AS one").execute().records().getFirst().get("one").asInt())
					.isEqualTo(1);
			}
		}
	}

	/** 101 when the WebSocket handshake succeeds, else the HTTP status the Bolt port answered. */
	private static int webSocketStatus(java.net.http.HttpClient http, URI uri, String origin) throws Exception {
		try {
			var socket = http.newWebSocketBuilder().header("Origin", origin)
				.buildAsync(uri, new java.net.http.WebSocket.Listener() {
				})
				.get(30, java.util.concurrent.TimeUnit.SECONDS);
			socket.abort();
			return 101;
		}
		catch (java.util.concurrent.ExecutionException ex) {
			if (ex.getCause() instanceof java.net.http.WebSocketHandshakeException refused) {
				return refused.getResponse().statusCode();
			}
			throw ex;
		}
	}

	@Test
	void cypherReachesNeitherTheMachinesFilesNorTheNetwork() throws Exception {
		var requests = new java.util.concurrent.atomic.AtomicInteger();
		var server = com.sun.net.httpserver.HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			byte[] csv = "secret\n42\n".getBytes();
			exchange.sendResponseHeaders(200, csv.length);
			exchange.getResponseBody().write(csv);
			exchange.close();
		});
		server.start();
		var properties = new EmbeddedDatabaseProperties(true, home, 0, "16m", "");
		try (var database = EmbeddedDatabase.start(properties);
				var driver = GraphDatabase.driver(database.boltUri(), database.authToken())) {
			Path file = Files.writeString(home.resolve("on-the-machine.csv"), "secret\n42\n");
			for (String url : List.of("file:///etc/hostname", file.toUri().toString(),
					"http://127.0.0.1:" + server.getAddress().getPort() + "/data.csv",
					"http://localhost:" + server.getAddress().getPort() + "/data.csv")) {
				assertThatThrownBy(() -> driver.executableQuery("LOAD CSV FROM $url AS row RETURN row")
					.withParameters(java.util.Map.of("url", url)).execute())
					.as(url)
					.isInstanceOf(org.neo4j.driver.exceptions.ClientException.class)
					.hasMessageContaining("Cannot load from URL")
					.hasMessageMatching(".*(allow_csv_import_from_file_urls|cypher_ip_blocklist).*");
			}
			assertThat(requests).as("nothing reached the local web server").hasValue(0);

			// Nor does any procedure: only the built-in db.*, dbms.* and tx.* ones are there (none takes a URL or
			// reads a file), not fleet management's, which would connect the instance to a remote console.
			var procedures = driver.executableQuery("SHOW PROCEDURES YIELD name, signature RETURN name, signature")
				.execute().records();
			assertThat(procedures).isNotEmpty().allSatisfy(procedure -> {
				assertThat(procedure.get("name").asString()).matches("(db|dbms|tx)\\..+");
				assertThat(procedure.get("signature").asString().toLowerCase(java.util.Locale.ROOT)).doesNotContain("url");
			});
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void noHttpConnectorListensBesideBolt() {
		var properties = new EmbeddedDatabaseProperties(true, home, 0, "16m", "");
		try (var database = EmbeddedDatabase.start(properties);
				var driver = GraphDatabase.driver(database.boltUri(), database.authToken())) {
			var enabled = driver.executableQuery("""
					SHOW SETTINGS YIELD name, value
					WHERE name IN ['server.http.enabled', 'server.https.enabled', 'server.fleet_discovery.enabled']
					RETURN name, value""")
				.execute().records().stream()
				.collect(java.util.stream.Collectors.toMap(r -> r.get("name").asString(), r -> r.get("value").asString()));
			assertThat(enabled).containsOnly(java.util.Map.entry("server.http.enabled", "false"),
					java.util.Map.entry("server.https.enabled", "false"),
					java.util.Map.entry("server.fleet_discovery.enabled", "false"));
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
		for (String password : new String[] { "", "neo4j", "demo", "short" }) {
			assertThatThrownBy(() -> new EmbeddedDatabaseConfiguration().embeddedDatabase(
					new EmbeddedDatabaseProperties(true, home, 0, "16m", password), production, List.of(), null))
				.isInstanceOf(EmbeddedDatabaseUnavailableException.class)
				.hasMessageMatching(".*(needs a password of your own|is a default or shorter than 8 characters).*");
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
