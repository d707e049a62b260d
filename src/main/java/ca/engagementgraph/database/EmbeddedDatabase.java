package ca.engagementgraph.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;

import inet.ipaddr.IPAddressString;
import org.neo4j.bolt.BoltServer;
import org.neo4j.configuration.FulltextSettings;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.fleetmanagement.FleetManagementSettings;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.exception.InvalidAuthTokenException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process Neo4j: store on disk under {@code dataDir}, Bolt on the loopback interface only, always with a
 * password, closed to web pages of other origins, and with no route from Cypher to the machine's files or network.
 * Its lifecycle is the Spring bean's: {@link #close()} shuts the database down cleanly so the next start
 * needs no recovery.
 */
final class EmbeddedDatabase implements InProcessReads, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
	private static final String LOOPBACK = "127.0.0.1";

	/** How often the full-text index's reader is reopened after writes when no search asks for it sooner. */
	private static final Duration FULL_TEXT_REFRESH = Duration.ofSeconds(1);

	/**
	 * Neo4j's own switch (a feature toggle, read once when its scheduler's groups are first used) for running some of
	 * its jobs, index sampling among them, on virtual threads. Off here: a bulk load at scale L wedged for good with
	 * both of the JVM's two carriers running sampling jobs that re-read index pages the writer was splitting, while
	 * the writer waited for the page cache's allocator, held by a virtual thread that no carrier was free to run
	 * (graph-schema/PERFORMANCE.md, 4.20). On platform threads the operating system preempts the samplers.
	 */
	static final String DATABASE_JOBS_ON_VIRTUAL_THREADS = "org.neo4j.scheduler.Group.enableVirtualThreads";

	/** Completes when Neo4j has started (its store open, the password set, the listeners registered). */
	private final CompletableFuture<DatabaseManagementService> service;
	private final URI boltUri;
	private final BoltPassword boltPassword;

	private EmbeddedDatabase(CompletableFuture<DatabaseManagementService> service, URI boltUri, BoltPassword boltPassword) {
		this.service = service;
		this.boltUri = boltUri;
		this.boltPassword = boltPassword;
	}

	/** The Bolt password, and where it came from. */
	BoltPassword boltPassword() {
		return boltPassword;
	}

	/** What a Bolt client signs in with: user {@value #BOLT_USER} and the password. */
	AuthToken authToken() {
		return AuthTokens.basic(BOLT_USER, boltPassword.value());
	}

	/** The Bolt user. */
	static final String BOLT_USER = "neo4j";

	/**
	 * Starts the database as the demo does: the password from {@code properties}, or the one kept in (or generated
	 * into) the data directory; WebSocket upgrades to Bolt refused from every web page.
	 */
	static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) {
		return start(properties, true, origin -> false);
	}

	/**
	 * @param generatePasswordIfMissing whether a blank password means "generate one and keep it with the data" (the
	 *                                  demo) rather than a refusal to start
	 * @param allowedOrigin             which web origins may open Bolt over WebSocket
	 */
	static EmbeddedDatabase start(EmbeddedDatabaseProperties properties, boolean generatePasswordIfMissing,
			Predicate<String> allowedOrigin) {
		return startInBackground(properties, generatePasswordIfMissing, allowedOrigin, List.of(), null).awaitStarted();
	}

	/**
	 * Checks what can be checked at once (the data directory, the password, the Bolt port) and returns, while Neo4j
	 * starts on a thread of its own: opening a large store and planning the first statement take seconds of mostly
	 * single-threaded work, which the rest of the application context can do beside. The Bolt address is known at
	 * once (a port of 0 is chosen here), so the driver can be created before the database answers; whoever uses the
	 * database first calls {@link #awaitStarted()}, which also reports a failed start.
	 *
	 * @param listeners see every transaction, whoever runs it: registered before anything can write
	 * @param template  the store a data directory without one starts from (null: an empty graph)
	 */
	static EmbeddedDatabase startInBackground(EmbeddedDatabaseProperties properties, boolean generatePasswordIfMissing,
			Predicate<String> allowedOrigin, List<org.neo4j.graphdb.event.TransactionEventListener<?>> listeners,
			@org.jspecify.annotations.Nullable StoreTemplate template) {
		Path home = properties.dataDir().toAbsolutePath().normalize();
		requireWritable(home);
		BoltPassword password = BoltPassword.resolve(properties.boltPassword(), home, generatePasswordIfMissing);
		requireWritableStore(home);
		int port = properties.boltPort() == 0 ? freePort() : properties.boltPort();
		requireFreePort(port);
		URI boltUri = URI.create("bolt://" + LOOPBACK + ":" + port);
		var service = new CompletableFuture<DatabaseManagementService>();
		Thread.ofPlatform().name("embedded-neo4j-start").start(() -> {
			try {
				if (template != null && !Files.exists(home.resolve("data"))) {
					template.copyInto(home); // before Neo4j opens it: Neo4j then starts as on any restart
				}
				if (!Files.exists(home.resolve("data/databases/system"))) {
					setInitialPassword(home, password.value());
				}
				service.complete(open(home, port, properties.pageCache(), password, allowedOrigin, listeners));
			}
			catch (Throwable ex) {
				service.completeExceptionally(ex);
			}
		});
		return new EmbeddedDatabase(service, boltUri, password);
	}

	/**
	 * Waits until Neo4j has started.
	 *
	 * @throws EmbeddedDatabaseUnavailableException (or what else stopped it) when it could not start
	 */
	EmbeddedDatabase awaitStarted() {
		started();
		return this;
	}

	private DatabaseManagementService started() {
		try {
			return service.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	private static DatabaseManagementService open(Path home, int port, String pageCache, BoltPassword password,
			Predicate<String> allowedOrigin, List<org.neo4j.graphdb.event.TransactionEventListener<?>> listeners) {
		long started = System.nanoTime();
		DatabaseManagementService service;
		if (System.getProperty(DATABASE_JOBS_ON_VIRTUAL_THREADS) == null) { // an operator's -D wins
			System.setProperty(DATABASE_JOBS_ON_VIRTUAL_THREADS, "false");
		}
		try {
			service = new DatabaseManagementServiceBuilder(home)
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port))
				.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
				// Every Bolt client signs in, in every profile (see BoltPassword).
				.setConfig(GraphDatabaseSettings.auth_enabled, true)
				// No other door: no HTTP(S) API, no fleet discovery broadcasting this instance on the network.
				.setConfig(HttpConnector.enabled, false)
				.setConfig(HttpsConnector.enabled, false)
				.setConfig(BoltConnector.enable_discovery, false)
				// Cypher reads neither the machine's files (LOAD CSV FROM 'file:...') nor any address on the network
				// (LOAD CSV FROM 'http://...'): the graph's data arrives through the service's checked import only.
				.setConfig(GraphDatabaseSettings.allow_file_urls, false)
				.setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist, EVERY_ADDRESS)
				// Fleet management's procedures would connect this instance to a remote console on request.
				.setConfig(FleetManagementSettings.fleet_manager_enabled, false)
				// No database-wide transaction time limit: it would also bound the database's own start-up work and
				// every load. Requests carry their limit per transaction instead (TransactionLimits).
				.setConfig(GraphDatabaseSettings.pagecache_memory, PageCacheSize.of(pageCache, home))
				// The eventually consistent full-text index (V0020) opens a new Lucene reader at most once a second
				// instead of after every commit's updates: each reopening flushed a segment of a few documents and
				// fed Lucene's merges, about a tenth of the CPU of recording meetings at 8 clients. A search still
				// sees every committed write: it asks for the refresh first (search/FullTextFreshness), and that
				// call refreshes whatever is pending whatever the interval.
				.setConfig(FulltextSettings.eventually_consistent_refresh_interval, FULL_TEXT_REFRESH)
				// Netty otherwise waits out a 2 s quiet period (and up to 15 s) before Bolt lets go on shutdown.
				.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
				.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
				.build();
		}
		catch (RuntimeException ex) {
			throw new EmbeddedDatabaseUnavailableException(
					"The embedded Neo4j database in " + home + " could not start: " + rootMessage(ex) + ".",
					"Check that no other process uses this data directory (DATA_DIR) and that the disk is not full.",
					ex);
		}
		var database = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		if (!database.isAvailable()) {
			// Neo4j starts even when the graph itself fails to open (a damaged store, a file it cannot write...).
			service.shutdown();
			throw new EmbeddedDatabaseUnavailableException(
					"The embedded Neo4j started, but its graph in " + home + " did not open.",
					"Neo4j's log " + home.resolve("logs/debug.log") + " says why; check that DATA_DIR holds an undamaged store this user can write.",
					null);
		}
		// Registered before anything writes (migrations, the seed, a Bolt client), so that they see every change.
		listeners.forEach(listener -> service.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME,
				listener));
		var dependencies = database.getDependencyResolver();
		try {
			if (!signsIn(dependencies, password.value())) {
				setBoltPassword(service, password.value());
			}
			forgetInitialPassword(dependencies.resolveDependency(org.neo4j.configuration.Config.class));
			// After the password: the guard also closes whatever connected before it (on a first start, with
			// Neo4j's initial password), so every connection from now on is checked and signs in with this password.
			BoltOriginGuard.install(dependencies.resolveDependency(BoltServer.class), allowedOrigin);
		}
		catch (RuntimeException ex) {
			service.shutdown();
			throw ex;
		}
		log.info("Embedded Neo4j started in {} ms, data in {}, Bolt at bolt://{}:{}",
				Duration.ofNanos(System.nanoTime() - started).toMillis(), home, LOOPBACK, port);
		return service;
	}

	/** A port nobody listens on now, for Neo4j to take a moment later (the driver must know it before the start). */
	private static int freePort() {
		try (var socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new EmbeddedDatabaseUnavailableException(
					"No free port on " + LOOPBACK + " for the embedded Neo4j's Bolt connector (" + rootMessage(ex) + ").",
					"Set BOLT_PORT to a free port.", ex);
		}
	}

	/** Cypher's blocklist for URLs: every IPv4 and IPv6 address. */
	private static final List<IPAddressString> EVERY_ADDRESS = List.of(new IPAddressString("0.0.0.0/0"),
			new IPAddressString("::/0"));

	/**
	 * Whether user neo4j already signs in with {@code password}: at a restart it does, and the statement that would set
	 * it again is the start's first Cypher, compiled cold (3-4 s of a start at scale L on two cores). Asked of Neo4j's
	 * own authentication, as a Bolt client's sign-in would be; on a first start or a changed password it fails once
	 * (the security log shows one failed embedded sign-in) and the password is set.
	 */
	private static boolean signsIn(org.neo4j.common.DependencyResolver dependencies, String password) {
		try {
			var login = dependencies.resolveDependency(AuthManager.class).login(
					org.neo4j.kernel.api.security.AuthToken.newBasicAuthToken(BOLT_USER,
							password.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
					ClientConnectionInfo.EMBEDDED_CONNECTION);
			return login.subject().getAuthenticationResult() == AuthenticationResult.SUCCESS;
		}
		catch (InvalidAuthTokenException | RuntimeException ex) {
			return false; // then the password is set, as on a first start
		}
	}

	/**
	 * Before Neo4j's first start in {@code home}: the password user neo4j is created with, in the file Neo4j reads when
	 * it creates its system database ({@code data/dbms/auth.ini}, what {@code neo4j-admin dbms set-initial-password}
	 * writes). The first start then needs no {@code ALTER USER}, a statement compiled cold that took 4-7 s of a first
	 * start on two cores. Neo4j uses the file only while the password is still the initial one; the sign-in check
	 * after the start covers every other case.
	 */
	private static void setInitialPassword(Path home, String password) {
		// Neo4j is not running yet: its settings for this home, built here, say where it will look for the file.
		Path file = initialPasswordFile(org.neo4j.configuration.Config.newBuilder()
			.set(GraphDatabaseSettings.neo4j_home, home)
			.build());
		var users = new org.neo4j.server.security.auth.FileUserRepository(new org.neo4j.io.fs.DefaultFileSystemAbstraction(),
				file, org.neo4j.logging.NullLogProvider.getInstance(), org.neo4j.memory.EmptyMemoryTracker.INSTANCE);
		try {
			Files.deleteIfExists(file); // left by a first start that stopped before creating the system database
			users.start();
			users.create(new org.neo4j.kernel.impl.security.User(BOLT_USER, null,
					org.neo4j.server.security.SystemGraphCredential.createCredentialForPassword(
							password.getBytes(java.nio.charset.StandardCharsets.UTF_8),
							new org.neo4j.server.security.SecureHasher()),
					false, false));
			users.shutdown();
		}
		catch (Exception ex) {
			// Not a reason to stop: the password is then set after the start, as on a changed password.
			log.debug("Initial password file not written ({}); the password is set after the start", ex.toString());
		}
	}

	/**
	 * The file is read once, when the system database is created: no hash of the password is left beside the store.
	 * Asked of the running database's own settings, so a restart builds none of its own.
	 */
	private static void forgetInitialPassword(org.neo4j.configuration.Config config) {
		try {
			Files.deleteIfExists(initialPasswordFile(config));
		}
		catch (IOException ex) {
			log.debug("Initial password file not removed: {}", ex.toString());
		}
	}

	private static Path initialPasswordFile(org.neo4j.configuration.Config config) {
		return org.neo4j.server.security.auth.CommunitySecurityModule.getInitialUserRepositoryFile(config);
	}

	/** Gives user neo4j the configured password (the embedded API runs as the system, without credentials). */
	private static void setBoltPassword(DatabaseManagementService service, String password) {
		try {
			// Not bound by the query timeout: on a busy machine the first statement of a start (its planning) can take
			// longer, and failing here would stop the service from starting.
			service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
					"ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", java.util.Map.of("password", password),
					result -> null, Duration.ofMinutes(10));
		}
		catch (RuntimeException ex) {
			if (!String.valueOf(rootMessage(ex)).toLowerCase(java.util.Locale.ROOT).contains("same")) {
				throw ex; // "old and new password are the same" just means it was set on an earlier start
			}
		}
	}

	/** Lets {@code listener} see (and add to) every transaction before it commits, whoever runs it. */
	void listen(org.neo4j.graphdb.event.TransactionEventListener<?> listener) {
		started().registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, listener);
	}

	/**
	 * The versions of the schema migrations applied to the graph, read from Neo4j-Migrations' own nodes through the
	 * embedded API: no Cypher, so nothing to compile on a start (see {@link GraphSchemaMigrations#apply()}).
	 */
	java.util.Set<String> appliedMigrations() {
		return read(tx -> {
			var versions = new java.util.TreeSet<String>();
			try (var nodes = tx.findNodes(org.neo4j.graphdb.Label.label("__Neo4jMigration"))) {
				nodes.forEachRemaining(node -> versions.add(String.valueOf(node.getProperty("version", ""))));
			}
			return versions;
		});
	}

	@Override
	public <T> T read(java.util.function.Function<org.neo4j.graphdb.Transaction, T> work) {
		return read(java.time.Duration.ZERO, work);
	}

	/** The graph's database, to open transactions in the process ({@link EmbeddedTransactionManager}). */
	org.neo4j.graphdb.GraphDatabaseService graph() {
		return started().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	/** A read transaction under a time limit (none when zero), closed without a commit. */
	<T> T read(java.time.Duration timeout, java.util.function.Function<org.neo4j.graphdb.Transaction, T> work) {
		var graph = started().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		try (var tx = timeout.isZero() ? graph.beginTx()
				: graph.beginTx(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
			return work.apply(tx);
		}
	}

	URI boltUri() {
		return boltUri;
	}

	@Override
	public void close() {
		DatabaseManagementService running;
		try {
			running = started(); // a start still under way is waited for: a half-started store is left unclean
		}
		catch (RuntimeException | Error ex) {
			return; // it never started, and stopped itself
		}
		log.info("Shutting down the embedded Neo4j");
		running.shutdown();
	}

	private static void requireWritable(Path home) {
		try {
			Files.createDirectories(home);
		}
		catch (IOException | SecurityException ex) {
			throw new EmbeddedDatabaseUnavailableException(
					"The data directory " + home + " cannot be created (" + reason(ex) + ").",
					"Set DATA_DIR to a directory this user can write.", ex);
		}
		if (!Files.isDirectory(home) || !Files.isWritable(home)) {
			throw new EmbeddedDatabaseUnavailableException(
					"The data directory " + home + " is not a writable directory.",
					"Set DATA_DIR to a directory this user can write.", null);
		}
	}

	/**
	 * A store that exists must be writable throughout: the database writes to its store and transaction files, and
	 * its logs, from the first moment. Checked here, before Neo4j starts, because Neo4j itself reports a read-only
	 * file as a chain of lifecycle failures hundreds of lines long.
	 */
	private static void requireWritableStore(Path home) {
		for (Path tree : new Path[] { home.resolve("data"), home.resolve("logs") }) {
			if (!Files.exists(tree)) {
				continue;
			}
			try (var paths = Files.walk(tree)) {
				var readOnly = paths.filter(path -> !Files.isWritable(path)).findFirst();
				if (readOnly.isPresent()) {
					throw new EmbeddedDatabaseUnavailableException(
							"The embedded database's store in " + home + " cannot be written: " + readOnly.get()
									+ " is read-only for user " + System.getProperty("user.name") + ".",
							"Give that user write access to DATA_DIR and everything in it (for example chown -R "
									+ System.getProperty("user.name") + " " + home + "), or set DATA_DIR to a writable copy of the store.",
							null);
				}
			}
			catch (IOException | java.io.UncheckedIOException ex) {
				throw new EmbeddedDatabaseUnavailableException(
						"The embedded database's store in " + home + " cannot be read (" + reason(ex instanceof IOException io
								? io : ((java.io.UncheckedIOException) ex).getCause()) + ").",
						"Give the user running the service access to DATA_DIR and everything in it.", ex);
			}
		}
	}

	private static void requireFreePort(int port) {
		if (port == 0) {
			return;
		}
		try (var socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port));
		}
		catch (IOException ex) {
			throw new EmbeddedDatabaseUnavailableException(
					"The Bolt port " + port + " on " + LOOPBACK + " is already in use, so the embedded Neo4j cannot listen on it.",
					"Stop the other process (often another Neo4j) or set BOLT_PORT to a free port (0 picks one).", ex);
		}
	}

	private static String reason(Exception ex) {
		return switch (ex) {
			case AccessDeniedException denied -> "permission denied";
			case FileAlreadyExistsException exists -> "a file of that name is in the way";
			case NoSuchFileException missing -> "no such file or directory: " + missing.getFile();
			case FileSystemException other when other.getReason() != null -> other.getReason();
			case SecurityException denied -> "permission denied";
			default -> rootMessage(ex);
		};
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}
}
