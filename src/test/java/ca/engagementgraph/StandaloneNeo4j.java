package ca.engagementgraph;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * A Neo4j server in a process of its own: the same Neo4j version as the embedded one (the kernel jars of the test
 * classpath), with authentication and its own Bolt port on 127.0.0.1. It stands in for the official server
 * distribution, which Maven Central does not serve, so that the integration suite and the outage drill can run
 * against a database the service reaches only over the network, which it does not start, and which can be stopped
 * and started again on the same store.
 *
 * <p>{@link #main} is the server process: it runs until it is stopped (SIGTERM shuts the database down cleanly)
 * or until the process that started it ends, so a test run that dies never leaves it behind. The instance methods
 * are the test side: start, stop, start again.
 */
public final class StandaloneNeo4j {

	static final String USER = "neo4j";
	private static final String PASSWORD_VARIABLE = "STANDALONE_NEO4J_PASSWORD";
	private static final String READY = "Standalone Neo4j ready";

	private final Path home;
	private final int port;
	private final String password;
	private final Path log;
	private Process process;

	StandaloneNeo4j(Path home, int port, String password) {
		this.home = home;
		this.port = port;
		this.password = password;
		this.log = home.resolveSibling(home.getFileName() + ".log");
	}

	int port() {
		return port;
	}

	String password() {
		return password;
	}

	/** Starts the server process on the store and waits until Bolt accepts connections. */
	public synchronized void start() {
		if (process != null && process.isAlive()) {
			return;
		}
		var command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"--enable-native-access=ALL-UNNAMED", "-Xmx512m", "-XX:+UseSerialGC", "-cp",
				System.getProperty("java.class.path"), StandaloneNeo4j.class.getName(), home.toString(),
				Integer.toString(port)));
		long readyBefore = readyLines();
		try {
			Files.createDirectories(home);
			var builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			builder.environment().put(PASSWORD_VARIABLE, password);
			process = builder.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The standalone Neo4j could not be launched", ex);
		}
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		// Ready once it says so: Bolt listens a moment before the password is set.
		while (readyLines() == readyBefore) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException("The standalone Neo4j did not start; its output is in " + log);
			}
			sleep(200);
		}
	}

	/** Stops the server as an operator would (SIGTERM: a clean shutdown), and waits until it is gone. */
	public synchronized void stop() {
		if (process == null) {
			return;
		}
		process.destroy();
		try {
			if (!process.waitFor(2, TimeUnit.MINUTES)) {
				process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
		while (listening()) {
			sleep(100);
		}
	}

	private long readyLines() {
		try (var lines = Files.exists(log) ? Files.lines(log) : java.util.stream.Stream.<String>empty()) {
			return lines.filter(line -> line.startsWith(READY)).count();
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			return 0;
		}
	}

	private boolean listening() {
		try (var socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The server process: {@code StandaloneNeo4j HOME PORT}, the password of user neo4j in its environment. */
	public static void main(String[] args) {
		Path home = Path.of(args[0]);
		int port = Integer.parseInt(args[1]);
		String password = System.getenv(PASSWORD_VARIABLE);
		var service = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse("64m"))
			.build();
		try {
			service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
					"ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
		}
		catch (RuntimeException ex) {
			if (!String.valueOf(ex.getMessage()).toLowerCase(Locale.ROOT).contains("same")) {
				throw ex; // "the same password" means it was set when this store first started
			}
		}
		Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown, "standalone-neo4j-shutdown"));
		// The test run that started this server owns it: when that process ends, however it ends, so does this one.
		ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
		System.out.println(READY + " on bolt://127.0.0.1:" + port + " with its store in " + home);
	}
}
