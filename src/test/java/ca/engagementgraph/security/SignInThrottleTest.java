package ca.engagementgraph.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Failed sign-ins are counted over a sliding window, per user name and per address; time is the test's own clock. */
class SignInThrottleTest {

	/** A clock the test moves. */
	static final class TestClock extends Clock {

		Instant now = Instant.parse("2026-11-21T09:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	}

	private final TestClock clock = new TestClock();
	private final SignInThrottle throttle = new SignInThrottle(3, 5, Duration.ofMinutes(15), clock);

	@Test
	void aUserIsHeldBackAfterTheLimitUntilTheOldestFailureLeavesTheWindow() {
		for (int i = 0; i < 3; i++) {
			assertThat(throttle.waitBefore("jane", "10.0.0.1")).isEmpty();
			throttle.failed("jane", "10.0.0.1");
			clock.advance(Duration.ofMinutes(1));
		}
		// Failures at 0, 1 and 2 minutes; now minute 3: free again when the first is 15 minutes old.
		assertThat(throttle.waitBefore("jane", "10.0.0.2")).contains(Duration.ofMinutes(12));
		assertThat(throttle.waitBefore("JANE ", "10.0.0.3")).as("the same user, however written").isPresent();
		assertThat(throttle.waitBefore("john", "10.0.0.1")).as("another user at the same address").isEmpty();

		clock.advance(Duration.ofMinutes(12));
		assertThat(throttle.waitBefore("jane", "10.0.0.2")).isEmpty();
	}

	@Test
	void anAddressIsHeldBackAfterItsOwnLimitWhateverTheUserNames() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("user-" + i, "10.0.0.9");
		}
		assertThat(throttle.waitBefore("someone-else", "10.0.0.9")).contains(Duration.ofMinutes(15));
		assertThat(throttle.waitBefore(null, "10.0.0.9")).as("a token without a subject").isPresent();
		assertThat(throttle.waitBefore("someone-else", "10.0.0.10")).isEmpty();
		clock.advance(Duration.ofMinutes(15));
		assertThat(throttle.waitBefore("someone-else", "10.0.0.9")).isEmpty();
	}

	@Test
	void failuresSpreadBeyondTheWindowNeverAddUp() {
		for (int i = 0; i < 10; i++) {
			throttle.failed("jane", "10.0.0.1");
			clock.advance(Duration.ofMinutes(8)); // never more than two within any 15 minutes
		}
		assertThat(throttle.waitBefore("jane", "10.0.0.1")).isEmpty();
	}

	@Test
	void theCredentialsOfARequestNameItsUser() {
		assertThat(SignInGate.credentials(null)).isNull();
		assertThat(SignInGate.credentials("Basic " + java.util.Base64.getEncoder().encodeToString("jane:secret".getBytes())).user())
			.isEqualTo("jane");
		String payload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"sub\":\"john\"}".getBytes());
		assertThat(SignInGate.credentials("Bearer eyJhbGciOiJSUzI1NiJ9." + payload + ".c2ln").user()).isEqualTo("john");
		assertThat(SignInGate.credentials("Bearer not-a-jwt").user()).isNull();
		assertThat(SignInGate.credentials("Basic %%%").user()).isNull();
	}
}
