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

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process Neo4j: store on disk under {@code dataDir}, Bolt on the loopback interface only.
 * Its lifecycle is the Spring bean's: {@link #close()} shuts the database down cleanly so the next start
 * needs no recovery.
 */
final class EmbeddedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
	private static final String LOOPBACK = "127.0.0.1";

	private final DatabaseManagementService service;
	private final URI boltUri;
	private final String boltPassword;

	private EmbeddedDatabase(DatabaseManagementService service, URI boltUri, String boltPassword) {
		this.service = service;
		this.boltUri = boltUri;
		this.boltPassword = boltPassword;
	}

	/** The Bolt password, or null when the demo runs Bolt without authentication. */
	String boltPassword() {
		return boltPassword;
	}

	/** The Bolt user; its password is the configured one when authentication is on. */
	static final String BOLT_USER = "neo4j";

	static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) {
		Path home = properties.dataDir().toAbsolutePath().normalize();
		boolean authenticated = !properties.boltPassword().isBlank();
		requireWritable(home);
		requireFreePort(properties.boltPort());

		long started = System.nanoTime();
		DatabaseManagementService service;
		try {
			service = new DatabaseManagementServiceBuilder(home)
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, properties.boltPort()))
				.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
				.setConfig(GraphDatabaseSettings.auth_enabled, authenticated)
				// Queries run at most this long, so no request can hold the database indefinitely.
				.setConfig(GraphDatabaseSettings.transaction_timeout, properties.queryTimeout())
				.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
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
		if (authenticated) {
			setBoltPassword(service, properties.boltPassword());
		}
		var database = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		var bolt = database.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		var boltUri = URI.create("bolt://" + LOOPBACK + ":" + bolt.getPort());
		log.info("Embedded Neo4j started in {} ms, data in {}, Bolt at {}",
				Duration.ofNanos(System.nanoTime() - started).toMillis(), home, boltUri);
		return new EmbeddedDatabase(service, boltUri, authenticated ? properties.boltPassword() : null);
	}

	/** Gives user neo4j the configured password (the embedded API runs as the system, without credentials). */
	private static void setBoltPassword(DatabaseManagementService service, String password) {
		try {
			service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
					"ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", java.util.Map.of("password", password));
		}
		catch (RuntimeException ex) {
			if (!String.valueOf(rootMessage(ex)).toLowerCase(java.util.Locale.ROOT).contains("same")) {
				throw ex; // "old and new password are the same" just means it was set on an earlier start
			}
		}
	}

	/** Lets {@code listener} see (and add to) every transaction before it commits, whoever runs it. */
	void listen(org.neo4j.graphdb.event.TransactionEventListener<?> listener) {
		service.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, listener);
	}

	URI boltUri() {
		return boltUri;
	}

	@Override
	public void close() {
		log.info("Shutting down the embedded Neo4j");
		service.shutdown();
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
