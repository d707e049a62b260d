package ca.engagementgraph.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password and token guessing. Failed sign-ins are counted per user name and per client address over a
 * sliding window; once either count reaches its limit, further sign-ins for that user or from that address are
 * refused (429, with the seconds to wait) without their credentials being checked, until the oldest counted failure
 * leaves the window. Successful sign-ins are not counted and, below the limits, never delayed. The address limit is
 * higher than the user limit, since one address may be a whole office behind a proxy.
 *
 * <p>Kept in memory (a restart forgets), and bounded: past {@link #MAX_KEYS} names and addresses, those whose failures
 * have all left the window are dropped first.
 */
final class SignInThrottle {

	static final int MAX_KEYS = 100_000;

	private final int perUser;
	private final int perAddress;
	private final Duration window;
	private final Clock clock;
	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	SignInThrottle(int perUser, int perAddress, Duration window, Clock clock) {
		this.perUser = perUser;
		this.perAddress = perAddress;
		this.window = window;
		this.clock = clock;
	}

	/**
	 * How long a sign-in as {@code user} (may be null when unknown) from {@code address} must wait, or empty when it
	 * may go ahead.
	 */
	Optional<Duration> waitBefore(String user, String address) {
		Instant now = clock.instant();
		Duration wait = Duration.ZERO;
		if (user != null) {
			wait = max(wait, waitFor(userKey(user), perUser, now));
		}
		wait = max(wait, waitFor(addressKey(address), perAddress, now));
		return wait.isZero() ? Optional.empty() : Optional.of(wait);
	}

	/** Counts a failed sign-in as {@code user} (may be null) from {@code address}. */
	void failed(String user, String address) {
		Instant now = clock.instant();
		if (failures.size() > MAX_KEYS) {
			forgetExpired(now);
		}
		if (user != null) {
			record(userKey(user), now);
		}
		record(addressKey(address), now);
	}

	/** Forgets every failure (tests that must not slow down the ones after them). */
	void forgetAll() {
		failures.clear();
	}

	private Duration waitFor(String key, int limit, Instant now) {
		Deque<Instant> times = failures.get(key);
		if (times == null) {
			return Duration.ZERO;
		}
		synchronized (times) {
			prune(times, now);
			if (times.size() < limit) {
				return Duration.ZERO;
			}
			// Blocked until enough failures have left the window to bring the count under the limit.
			Instant freed = times.stream().skip(times.size() - limit).findFirst().orElseThrow().plus(window);
			return Duration.between(now, freed);
		}
	}

	private void record(String key, Instant now) {
		Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (times) {
			prune(times, now);
			times.addLast(now);
			// Never more than needed to decide: the highest limit's worth.
			while (times.size() > Math.max(perUser, perAddress)) {
				times.removeFirst();
			}
		}
	}

	private void prune(Deque<Instant> times, Instant now) {
		while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
			times.removeFirst();
		}
	}

	private void forgetExpired(Instant now) {
		failures.entrySet().removeIf(entry -> {
			synchronized (entry.getValue()) {
				prune(entry.getValue(), now);
				return entry.getValue().isEmpty();
			}
		});
	}

	private static String userKey(String user) {
		return "user:" + user.strip().toLowerCase(java.util.Locale.ROOT);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}
}
