package ca.engagementgraph.database;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Where a transaction of the embedded database runs when a virtual thread (a request's) asks for one: on a platform
 * thread of this pool, the caller waiting. The database's page cache and index trees take short locks that other
 * threads wait for by spinning, assuming the holder keeps running; a virtual thread that holds one and blocks gives up
 * its carrier, and with two carriers the spinning readers can keep the holder from ever running again. Measured: eight
 * clients recording meetings in process on virtual threads wedged the service within seconds. Requests themselves
 * now run on platform threads (application.yaml, {@code spring.threads.virtual}: readers spin too), so this is the
 * guard for a virtual thread that still asks. Work asked for on a platform thread runs where it is.
 */
final class PlatformThreads {

	private final ExecutorService pool;

	private PlatformThreads(ExecutorService pool) {
		this.pool = pool;
	}

	/** At most {@code threads} transactions at once, as many as the driver's pool would have run. */
	static PlatformThreads bounded(String name, int threads) {
		return new PlatformThreads(Executors.newFixedThreadPool(threads, factory(name)));
	}

	/** As many as asked for: loads, which are few and long, and must never wait for one another's end. */
	static PlatformThreads unbounded(String name) {
		return new PlatformThreads(Executors.newCachedThreadPool(factory(name)));
	}

	private static java.util.concurrent.ThreadFactory factory(String name) {
		var count = new AtomicInteger();
		return work -> {
			var thread = new Thread(work, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	<T> T run(Supplier<T> work) {
		if (!Thread.currentThread().isVirtual()) {
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
