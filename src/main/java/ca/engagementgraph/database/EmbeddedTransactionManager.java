package ca.engagementgraph.database;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.graphdb.Transaction;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring transactions that are transactions of the embedded database, opened in the process that holds it: the
 * product's writes run here when the database is embedded ({@link WriteTransactions}), so Spring's transaction
 * synchronization (the events delivered once a write commits) works as with Spring Data Neo4j's manager over the
 * driver. Each transaction carries the time limit of its kind of work (none when zero); a transaction begun while
 * another is bound (REQUIRES_NEW, as every write asks) suspends it.
 */
final class EmbeddedTransactionManager extends AbstractPlatformTransactionManager {

	private final EmbeddedDatabase database;
	private final Duration limit;

	EmbeddedTransactionManager(EmbeddedDatabase database, Duration limit) {
		this.database = database;
		this.limit = limit;
	}

	/**
	 * The transaction and the query runner over it, bound to the thread from its start to its cleanup; completed once
	 * committed or rolled back (listeners of its commit run before the cleanup, and must not read through it).
	 */
	private static final class Bound {

		final Transaction tx;
		final EmbeddedQueryRunner runner;
		boolean completed;

		Bound(Transaction tx) {
			this.tx = tx;
			this.runner = new EmbeddedQueryRunner(tx);
		}
	}

	/** What Spring holds for one transaction: the bound one, if any. */
	private static final class Handle {

		@Nullable Bound bound;
	}

	/** The query runner of the transaction this manager has bound to the current thread, if any. */
	@Nullable SimpleQueryRunner current() {
		var bound = (Bound) TransactionSynchronizationManager.getResource(this);
		return bound == null || bound.completed ? null : bound.runner;
	}

	@Override
	protected Object doGetTransaction() {
		var handle = new Handle();
		handle.bound = (Bound) TransactionSynchronizationManager.getResource(this);
		return handle;
	}

	@Override
	protected boolean isExistingTransaction(Object transaction) {
		return ((Handle) transaction).bound != null;
	}

	@Override
	protected void doBegin(Object transaction, TransactionDefinition definition) {
		var graph = database.graph();
		Transaction tx = limit.isZero() ? graph.beginTx() : graph.beginTx(limit.toMillis(), TimeUnit.MILLISECONDS);
		var bound = new Bound(tx);
		((Handle) transaction).bound = bound;
		TransactionSynchronizationManager.bindResource(this, bound);
	}

	@Override
	protected Object doSuspend(Object transaction) {
		((Handle) transaction).bound = null;
		return TransactionSynchronizationManager.unbindResource(this);
	}

	@Override
	protected void doResume(@Nullable Object transaction, Object suspendedResources) {
		TransactionSynchronizationManager.bindResource(this, suspendedResources);
	}

	@Override
	protected void doCommit(DefaultTransactionStatus status) {
		var bound = bound(status);
		bound.completed = true;
		bound.tx.commit();
	}

	@Override
	protected void doRollback(DefaultTransactionStatus status) {
		var bound = bound(status);
		bound.completed = true;
		bound.tx.rollback();
	}

	@Override
	protected void doSetRollbackOnly(DefaultTransactionStatus status) {
		// Only ever the transaction's own work marks it (a refusal throws, a backup's read is rolled back by its
		// template): with REQUIRES_NEW nothing joins a transaction here, so there is nothing to record.
	}

	@Override
	protected void doCleanupAfterCompletion(Object transaction) {
		var handle = (Handle) transaction;
		TransactionSynchronizationManager.unbindResourceIfPossible(this);
		if (handle.bound != null) {
			handle.bound.tx.close();
			handle.bound = null;
		}
	}

	private static Bound bound(DefaultTransactionStatus status) {
		var bound = ((Handle) status.getTransaction()).bound;
		if (bound == null) {
			throw new IllegalStateException("No embedded transaction to complete");
		}
		return bound;
	}
}
