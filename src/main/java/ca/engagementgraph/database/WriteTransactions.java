package ca.engagementgraph.database;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.exceptions.RetryableException;
import org.neo4j.graphdb.TransientFailureException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.UserSelection;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Where the product's writes run: in Spring transactions of Spring Data Neo4j's {@link Neo4jTransactionManager},
 * which share one bookmark manager with the API's reads ({@code Neo4jClient}). Each commit's bookmark is then sent
 * with the reads that follow, so on a {@code neo4j://} cluster a client reads what it has just written, whichever
 * member answers (read-your-writes); on a single instance the bookmarks are kept and passed all the same. With the
 * embedded database the same units of work run in its process instead ({@link EmbeddedTransactionManager}, on
 * {@link PlatformThreads}): no Bolt hop, and no bookmark needed, every read being served by the same database.
 *
 * <p>Two kinds of work, each with its time limit ({@link TransactionLimits}): {@link #request} for what a person
 * waits for (a mutation), bounded by the request limit; {@link #loading} for loads a person starts and lets run (the
 * seed, imports, restores, backups), bounded by the loading limit, none by default. Each kind has its own transaction
 * manager over a view of the driver that stamps its limit on every transaction it opens (Spring's timeouts are whole
 * seconds, and "no limit" must still be sent as an explicit zero to lift an external server's default limit).
 *
 * <p>Transient failures (a deadlock, a cluster changing its leader, a lost connection) are retried as the driver's
 * managed transactions retried them: the whole unit of work again, with a growing pause, until the pauses add up to
 * {@code spring.neo4j.max-transaction-retry-time}. A
 * unit of work must therefore be safe to run again, which every write of the product is (it starts with the
 * {@link WriteGate} and its idempotency key, and refusals roll back).
 */
public final class WriteTransactions {

	/** How long transient failures are retried when not configured: the driver's own default. */
	static final Duration RETRY_FOR = Duration.ofSeconds(30);

	private final Kind requests;
	private final Kind loading;
	private final Driver requestDriver;
	private final RetryTemplate retry;

	/**
	 * @param requestDriver the driver as requests see it (each transaction under the request limit), for the API's
	 *                      client
	 * @param retryFor      how long transient failures are retried ({@code spring.neo4j.max-transaction-retry-time})
	 */
	WriteTransactions(Kind requests, Kind loading, Driver requestDriver, Duration retryFor) {
		this.requests = requests;
		this.loading = loading;
		this.requestDriver = requestDriver;
		this.retry = new RetryTemplate(
				RetryPolicy.builder().predicate(WriteTransactions::transient_).backOff(pauses(retryFor)).build());
	}

	/**
	 * The pauses between attempts: 200 ms, growing to 2 s, until they add up to {@code retryFor}. Counted in pauses,
	 * not by the clock from the first attempt (the retry policy's own timeout): an attempt that ran longer than the
	 * whole window (a cold start, a slow machine) then got no retry at all, where the driver's window opens at the
	 * first failure.
	 */
	static BackOff pauses(Duration retryFor) {
		var pauses = new ExponentialBackOff(200, 2);
		pauses.setMaxInterval(2_000);
		pauses.setJitter(50);
		pauses.setMaxElapsedTime(retryFor.toMillis());
		return pauses;
	}

	/**
	 * Transactions of their own over {@code driver} with these limits, for a command or a test that sets limits of
	 * its own; their bookmarks are kept apart from the service's.
	 */
	public static WriteTransactions over(Driver driver, TransactionLimits limits) {
		var bookmarks = Neo4jBookmarkManager.create();
		DatabaseSelectionProvider databases = DatabaseSelectionProvider.getDefaultSelectionProvider();
		var requestDriver = new RequestLimitedDriver(driver, limits.forRequests());
		return new WriteTransactions(Kind.of(requestDriver, databases, bookmarks),
				Kind.of(new RequestLimitedDriver(driver, limits.forLoading()), databases, bookmarks), requestDriver, RETRY_FOR);
	}

	/**
	 * One kind of work: its transaction manager, and how to find the query runner of the transaction it has bound to
	 * the current thread.
	 */
	record Kind(PlatformTransactionManager manager, Supplier<@Nullable SimpleQueryRunner> current,
			@Nullable PlatformThreads threads) {

		/**
		 * Transactions bound to {@code driver}, whose commits hand their bookmarks to {@code bookmarks}: an external
		 * database, or an embedded one reached over Bolt.
		 */
		static Kind of(Driver driver, DatabaseSelectionProvider databases,
				Neo4jBookmarkManager bookmarks) {
			return new Kind(Neo4jTransactionManager.with(driver).withDatabaseSelectionProvider(databases)
				.withBookmarkManager(bookmarks).build(),
					() -> Neo4jTransactionManager.retrieveTransaction(driver, databases.getDatabaseSelection(),
							UserSelection.connectedUser()), null);
		}

		/**
		 * Transactions of the embedded database, in the process, under {@code limit} (none when zero), run on
		 * platform threads ({@link PlatformThreads}).
		 */
		static Kind embedded(EmbeddedDatabase database, Duration limit, PlatformThreads threads) {
			var manager = new EmbeddedTransactionManager(database, limit);
			return new Kind(manager, manager::current, threads);
		}

		/** One attempt, where this kind's transactions run. */
		<T> T attempt(Supplier<T> work) {
			return threads == null ? work.get() : threads.run(work);
		}

		TransactionTemplate template(boolean readOnly) {
			var template = new TransactionTemplate(manager);
			template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
			template.setReadOnly(readOnly);
			return template;
		}
	}

	/** The driver as requests see it: each transaction carries the request limit unless given another. */
	Driver requestDriver() {
		return requestDriver;
	}

	/** Whether writes run in the embedded database's process (no bookmarks then: nothing else serves reads). */
	public boolean runsInProcess() {
		return requests.manager() instanceof EmbeddedTransactionManager;
	}

	/**
	 * The embedded transaction of the write under way on this thread, if any: reads made inside a write see what it
	 * has written. None for writes through the driver (Spring Data Neo4j's client takes part in those itself).
	 */
	public @Nullable SimpleQueryRunner inProcess() {
		for (Kind kind : List.of(requests, loading)) {
			if (kind.manager() instanceof EmbeddedTransactionManager embedded) {
				SimpleQueryRunner current = embedded.current();
				if (current != null) {
					return current;
				}
			}
		}
		return null;
	}

	/** A write a person waits for, committed unless {@code work} throws (which rolls it back and is rethrown). */
	public <T> T request(Function<SimpleQueryRunner, T> work) {
		return run(requests, work, false);
	}

	/** A load: the seed, an import, a restore; committed unless {@code work} throws. */
	public <T> T loading(Function<SimpleQueryRunner, T> work) {
		return run(loading, work, false);
	}

	/** A read that belongs to a load (is the graph empty?), under the loading limit. */
	public <T> T loadingRead(Function<SimpleQueryRunner, T> work) {
		return run(loading, work, true);
	}

	/** A read that belongs to a load and cannot run twice (it reads streams once): not retried. */
	public <T> T loadingReadOnce(Function<SimpleQueryRunner, T> work) {
		return once(loading, work, true, false);
	}

	/**
	 * A read of a whole state under the loading limit that is rolled back whatever happens: a backup, which takes
	 * the write gate's locks (so it runs as a write transaction) and changes nothing.
	 */
	public <T> T loadingRolledBack(Function<SimpleQueryRunner, T> work) {
		return retry.invoke(() -> once(loading, work, false, true));
	}

	private <T> T run(Kind kind, Function<SimpleQueryRunner, T> work, boolean readOnly) {
		return retry.invoke(() -> once(kind, work, readOnly, false));
	}

	/**
	 * One attempt. When the work fails, its failure is what the caller gets, as from the driver's managed
	 * transactions: a transaction the database stopped (a time limit) cannot be rolled back cleanly either, and the
	 * rollback's own failure ("terminated") would otherwise hide why it stopped.
	 */
	private static <T> T once(Kind kind, Function<SimpleQueryRunner, T> work, boolean readOnly, boolean rolledBack) {
		return kind.attempt(() -> attempt(kind, work, readOnly, rolledBack));
	}

	private static <T> T attempt(Kind kind, Function<SimpleQueryRunner, T> work, boolean readOnly, boolean rolledBack) {
		var failed = new RuntimeException[1];
		try {
			return kind.template(readOnly).execute(status -> {
				if (rolledBack) {
					status.setRollbackOnly();
				}
				try {
					return work.apply(kind.current().get());
				}
				catch (RuntimeException ex) {
					failed[0] = ex;
					throw ex;
				}
			});
		}
		catch (RuntimeException ex) {
			if (failed[0] != null && failed[0] != ex) {
				failed[0].addSuppressed(ex);
				throw failed[0];
			}
			throw ex;
		}
	}

	/**
	 * Whether a failure is transient: the driver marks those it would retry itself; the embedded database says so
	 * by its status (a deadlock is {@code Neo.TransientError.Transaction.DeadlockDetected}), except for a
	 * transaction stopped by its time limit or an operator, which the driver does not retry either.
	 */
	static boolean transient_(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof RetryableException) {
				return true;
			}
			if (cause instanceof TransientFailureException && !DatabaseFailures.timedOut(cause)) {
				return true;
			}
		}
		return false;
	}
}
