package ca.engagementgraph.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

import org.springframework.core.env.Environment;

/**
 * The web origins whose pages may open a WebSocket (or any other HTTP upgrade) to the service or its embedded
 * database: the service's own pages ({@code http://localhost:PORT}, {@code http://127.0.0.1:PORT}), plus the
 * origins an operator lists in {@code engagement-graph.security.allowed-origins} ({@code ALLOWED_ORIGINS}, comma
 * separated, e.g. {@code https://browser.neo4j.io} to let Neo4j Browser reach the Bolt port). A browser always sends
 * the page's origin with a WebSocket handshake, so any other web page the user happens to open is refused.
 */
public final class AllowedOrigins {

	public static final String PROPERTY = "engagement-graph.security.allowed-origins";

	private final Set<String> listed;
	private final IntSupplier servicePort;

	AllowedOrigins(Set<String> listed, IntSupplier servicePort) {
		this.listed = listed.stream().map(AllowedOrigins::normalized).collect(Collectors.toUnmodifiableSet());
		this.servicePort = servicePort;
	}

	/**
	 * The origins configured in {@code environment}. The service's HTTP port is read when an origin is checked,
	 * because it is known only once the web server listens (and it is 0, "any free port", in tests).
	 */
	public static AllowedOrigins from(Environment environment) {
		Set<String> listed = Arrays.stream(environment.getProperty(PROPERTY, "").split(","))
			.map(String::strip)
			.filter(origin -> !origin.isEmpty())
			.collect(Collectors.toSet());
		return new AllowedOrigins(listed, () -> environment.getProperty("local.server.port", Integer.class,
				environment.getProperty("server.port", Integer.class, 8080)));
	}

	/** Whether a page of {@code origin} (the value of an {@code Origin} header) may open a WebSocket here. */
	public boolean allows(String origin) {
		String candidate = normalized(origin);
		if (listed.contains(candidate)) {
			return true;
		}
		int port = servicePort.getAsInt();
		return candidate.equals("http://localhost:" + port) || candidate.equals("http://127.0.0.1:" + port)
				|| candidate.equals("http://[::1]:" + port);
	}

	/** The origins an operator listed, for messages. */
	public Set<String> listed() {
		return listed;
	}

	private static String normalized(String origin) {
		String trimmed = origin.strip().toLowerCase(Locale.ROOT);
		return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}
}
