package ca.engagementgraph.database;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.BaseSession;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;

/**
 * The driver as the API's reads see it (Spring Data Neo4j's client): every transaction it opens, including the
 * auto-commit ones the client runs, carries the request time limit unless the caller gave one. Spring Data Neo4j
 * has no setting of its own for this, and the driver none for a default transaction timeout.
 */
final class RequestLimitedDriver implements Driver {

	private final Driver driver;
	private final TransactionConfig limit;

	RequestLimitedDriver(Driver driver, TransactionConfig limit) {
		this.driver = driver;
		this.limit = limit;
	}

	@Override
	public <T extends BaseSession> T session(Class<T> sessionClass, SessionConfig sessionConfig, AuthToken authToken) {
		T session = driver.session(sessionClass, sessionConfig, authToken);
		return session instanceof Session plain && sessionClass.isAssignableFrom(LimitedSession.class)
				? sessionClass.cast(new LimitedSession(plain, limit)) : session;
	}

	@Override
	public ExecutableQuery executableQuery(String query) {
		return driver.executableQuery(query);
	}

	@Override
	public BookmarkManager executableQueryBookmarkManager() {
		return driver.executableQueryBookmarkManager();
	}

	@Override
	public boolean isEncrypted() {
		return driver.isEncrypted();
	}

	@Override
	public void close() {
		// The application's driver is closed by its own bean, not through this view of it.
	}

	@Override
	public CompletionStage<Void> closeAsync() {
		return java.util.concurrent.CompletableFuture.completedFuture(null);
	}

	@Override
	public void verifyConnectivity() {
		driver.verifyConnectivity();
	}

	@Override
	public CompletionStage<Void> verifyConnectivityAsync() {
		return driver.verifyConnectivityAsync();
	}

	@Override
	public boolean verifyAuthentication(AuthToken authToken) {
		return driver.verifyAuthentication(authToken);
	}

	@Override
	public boolean supportsSessionAuth() {
		return driver.supportsSessionAuth();
	}

	@Override
	public boolean supportsMultiDb() {
		return driver.supportsMultiDb();
	}

	@Override
	public CompletionStage<Boolean> supportsMultiDbAsync() {
		return driver.supportsMultiDbAsync();
	}

	/** A session whose transactions, explicit, managed or auto-commit, carry the limit unless given another. */
	private record LimitedSession(Session session, TransactionConfig limit) implements Session {

		private TransactionConfig limited(TransactionConfig config) {
			if (config == null || config.isEmpty()) {
				return limit;
			}
			if (config.timeout() != null) {
				return config;
			}
			return TransactionConfig.builder().withTimeout(limit.timeout()).withMetadata(config.metadata()).build();
		}

		@Override
		public Transaction beginTransaction() {
			return session.beginTransaction(limit);
		}

		@Override
		public Transaction beginTransaction(TransactionConfig config) {
			return session.beginTransaction(limited(config));
		}

		@Override
		public <T> T executeRead(TransactionCallback<T> callback, TransactionConfig config) {
			return session.executeRead(callback, limited(config));
		}

		@Override
		public <T> T executeWrite(TransactionCallback<T> callback, TransactionConfig config) {
			return session.executeWrite(callback, limited(config));
		}

		@Override
		public Result run(String query, TransactionConfig config) {
			return session.run(query, limited(config));
		}

		@Override
		public Result run(String query, Map<String, Object> parameters, TransactionConfig config) {
			return session.run(query, parameters, limited(config));
		}

		@Override
		public Result run(Query query, TransactionConfig config) {
			return session.run(query, limited(config));
		}

		@Override
		public Result run(String query, Value parameters) {
			return session.run(new Query(query, parameters), limit);
		}

		@Override
		public Result run(String query, Map<String, Object> parameters) {
			return session.run(query, parameters, limit);
		}

		@Override
		public Result run(String query, Record parameters) {
			return session.run(query, parameters.asMap(), limit);
		}

		@Override
		public Result run(String query) {
			return session.run(query, limit);
		}

		@Override
		public Result run(Query query) {
			return session.run(query, limit);
		}

		@Override
		public Set<Bookmark> lastBookmarks() {
			return session.lastBookmarks();
		}

		@Override
		public boolean isOpen() {
			return session.isOpen();
		}

		@Override
		public void close() {
			session.close();
		}
	}
}
