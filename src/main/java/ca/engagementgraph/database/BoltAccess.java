package ca.engagementgraph.database;

import java.net.URI;

/**
 * How a person points a Bolt client (Neo4j Browser, cypher-shell, a driver) at the embedded database. A password
 * the demo generated is shown, since nobody else knows it; one an operator set in {@code BOLT_PASSWORD} is not.
 */
public final class BoltAccess {

	private final URI uri;
	private final String user;
	private final BoltPassword password;

	BoltAccess(URI uri, String user, BoltPassword password) {
		this.uri = uri;
		this.user = user;
		this.password = password;
	}

	public URI uri() {
		return uri;
	}

	/** E.g. "bolt://127.0.0.1:7687 (user neo4j, password ..., kept in data/bolt-password)". */
	public String describe() {
		return switch (password.source()) {
			case CONFIGURED -> uri + " (user " + user + ", the password set in BOLT_PASSWORD)";
			case STORED, GENERATED -> uri + " (user " + user + ", password " + password.value() + ", kept in "
					+ password.file() + ")";
		};
	}

	@Override
	public String toString() {
		return "BoltAccess[" + uri + "]";
	}
}
