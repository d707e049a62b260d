package ca.engagementgraph.database;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where transactions of the embedded database run: on a platform thread of this pool, the caller waiting. Two reasons.
 * The bound: a bounded pool runs at most as many transactions at once as the driver's connection pool would have
 * ({@code DATABASE_CONNECTIONS}), whatever the number of request threads; more wait their turn. The kind of thread:
 * the database's page cache and index trees take short locks that other threads wait for by spinning, assuming the
 * holder keeps running; a virtual thread that holds one and blocks gives up its carrier, and with two carriers the
 * spinning threads can keep the holder from ever running again (eight clients recording meetings on virtual threads
 * wedged the service within seconds). Work asked for on one of this pool's own threads (a transaction inside another)
 * runs where it is: waiting for a free thread of the pool it holds could wait forever.
 */
final class PlatformThreads {

	/** Whether the current thread is one of this pool's. */
	private final ThreadLocal<Boolean> own = ThreadLocal.withInitial(() -> false);

	private final String name;

	private final AtomicInteger started = new AtomicInteger();

	private final ExecutorService pool;

	private PlatformThreads(String name, Function<ThreadFactory, ExecutorService> pool) {
		this.name = name;
		this.pool = pool.apply(this::newThread);
	}

	/** At most {@code threads} transactions at once, as many as the driver's pool would have run. */
	static PlatformThreads bounded(String name, int threads) {
		return new PlatformThreads(name, factory -> Executors.newFixedThreadPool(threads, factory));
	}

	/** As many as asked for: loads, which are few and long, and must never wait for one another's end. */
	static PlatformThreads unbounded(String name) {
		return new PlatformThreads(name, Executors::newCachedThreadPool);
	}

	/** A daemon thread named after the pool, marked as the pool's own when it starts. */
	private Thread newThread(Runnable work) {
		var thread = new Thread(() -> {
			own.set(true);
			work.run();
		}, name + "-" + started.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	}

	<T> T run(Supplier<T> work) {
		if (own.get()) {
			return work.get();
		}
		try {
			return pool.submit(work::get).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a database transaction", ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(cause);
		}
	}
}
