package ca.engagementgraph.database;

import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the embedded database's transactions run: on the pool's platform threads, never more at once than the bound,
 * whichever kind of thread asks; a transaction asked for inside one of the pool's own runs where it is.
 */
class PlatformThreadsTest {

	@Test
	void workAskedForOnAPlatformThreadRunsOnThePoolsOwnThreads() {
		var threads = PlatformThreads.bounded("test-write", 2);
		String ranOn = threads.run(() -> Thread.currentThread().getName());
		assertThat(ranOn).startsWith("test-write-").isNotEqualTo(Thread.currentThread().getName());
	}

	@Test
	void workAskedForOnAVirtualThreadRunsOnAPlatformThread() throws InterruptedException {
		var threads = PlatformThreads.bounded("test-write", 2);
		var virtual = new AtomicInteger(-1);
		Thread.ofVirtual().start(() -> virtual.set(threads.run(() -> Thread.currentThread().isVirtual() ? 1 : 0))).join();
		assertThat(virtual).hasValue(0);
	}

	@Test
	void noMoreTransactionsRunAtOnceThanTheBoundHoweverManyThreadsAsk() throws InterruptedException {
		var threads = PlatformThreads.bounded("test-write", 2);
		var running = new AtomicInteger();
		var mostAtOnce = new AtomicInteger();
		Set<String> poolThreads = ConcurrentHashMap.newKeySet();
		var callers = new ArrayList<Thread>();
		for (int i = 0; i < 12; i++) {
			callers.add(Thread.ofPlatform().start(() -> threads.run(() -> {
				mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
				poolThreads.add(Thread.currentThread().getName());
				Thread.onSpinWait();
				running.decrementAndGet();
				return null;
			})));
		}
		for (Thread caller : callers) {
			caller.join();
		}
		assertThat(mostAtOnce.get()).isBetween(1, 2);
		assertThat(poolThreads).hasSizeLessThanOrEqualTo(2).allMatch(name -> name.startsWith("test-write-"));
	}

	@Test
	void aTransactionAskedForInsideAnotherRunsWhereItIsInsteadOfWaitingForAFreeThread() {
		var threads = PlatformThreads.bounded("test-write", 1);
		String[] outerAndInner = threads.run(() -> new String[] { Thread.currentThread().getName(),
				threads.run(() -> Thread.currentThread().getName()) });
		assertThat(outerAndInner[1]).isEqualTo(outerAndInner[0]);
	}

	@Test
	void aFailureOfTheWorkReachesTheCallerAsItWasThrown() {
		var threads = PlatformThreads.bounded("test-write", 1);
		var refused = new IllegalArgumentException("refused, for the test");
		try {
			threads.run(() -> {
				throw refused;
			});
		}
		catch (IllegalArgumentException ex) {
			assertThat(ex).isSameAs(refused);
			return;
		}
		throw new AssertionError("the failure did not reach the caller");
	}
}
