package ca.engagementgraph.database;

import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/** Recognizes the database failures that are states, not bugs, wherever libraries have wrapped them. */
public final class DatabaseFailures {

	private DatabaseFailures() {
	}

	/**
	 * The driver could not reach the database, or lost it; or the server answers but its database is not available
	 * (it is starting or stopping: Neo4j says {@code Neo.TransientError.General.DatabaseUnavailable}), or gave no
	 * connection in time.
	 */
	public static boolean unreachable(Throwable failure) {
		return anyCause(failure, c -> c instanceof ServiceUnavailableException || c instanceof SessionExpiredException
				|| c instanceof Neo4jException neo4j && neo4j.code() != null && neo4j.code().endsWith(".DatabaseUnavailable")
				// No connection within the acquisition timeout: a database that accepts connections but does not
				// answer yet (it is starting), or none to spare.
				|| c instanceof java.util.concurrent.TimeoutException && String.valueOf(c.getMessage()).contains("acquire connection"));
	}

	/**
	 * The database stopped a transaction that ran past its time limit. A transaction stopped while it waited for a
	 * lock is told {@code LockClientStopped} rather than {@code TimedOut} (Neo4j 2026.08): the service's
	 * transactions are only ever stopped by their limit (a database shutting down is {@link #unreachable}).
	 */
	public static boolean timedOut(Throwable failure) {
		// A limit that expires while the transaction waits for a lock, or between two statements, surfaces on the next
		// lock as "terminated" (Neo4j names the time limit first among the possible causes; every transaction of the
		// service carries one, and an operator's TERMINATE or a shutdown are the rare others).
		return anyCause(failure, c -> {
			String code = statusCode(c);
			return code != null
					&& (code.contains("TimedOut") || code.contains("Terminated") || code.contains("LockClientStopped"));
		});
	}

	/**
	 * The Neo4j status code a failure carries: from the driver, or from the embedded database itself (the API's reads
	 * run in the process that holds it, {@link InProcessQueries}); none for any other failure.
	 */
	static @Nullable String statusCode(Throwable failure) {
		return switch (failure) {
			case Neo4jException neo4j -> neo4j.code();
			case org.neo4j.graphdb.QueryExecutionException query -> query.getStatusCode();
			case org.neo4j.kernel.api.exceptions.Status.HasStatus status -> status.status().code().serialize();
			default -> null;
		};
	}

	/** Whether the failure, or any failure it wraps, matches. */
	public static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (test.test(cause)) {
				return true;
			}
		}
		return false;
	}
}
