package ca.engagementgraph.security;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's password check runs BCrypt once per user and password, and never lets a wrong password through. */
class RememberedPasswordsTest {

	private final AtomicInteger checks = new AtomicInteger();

	private final AtomicInteger upgradeQuestions = new AtomicInteger();

	private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

	private final PasswordEncoder counted = new PasswordEncoder() {
		@Override
		public String encode(CharSequence raw) {
			return bcrypt.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			checks.incrementAndGet();
			return bcrypt.matches(raw, encoded);
		}

		@Override
		public boolean upgradeEncoding(String encoded) {
			upgradeQuestions.incrementAndGet();
			return !encoded.startsWith("$2a$04$");
		}
	};

	private final RememberedPasswords passwords = new RememberedPasswords(counted);

	@Test
	void aMatchingPasswordIsCheckedOnceThenRemembered() {
		String hash = bcrypt.encode("demo");
		for (int i = 0; i < 5; i++) {
			assertThat(passwords.matches("demo", hash)).isTrue();
		}
		assertThat(checks).hasValue(1);
	}

	@Test
	void aWrongPasswordIsCheckedEveryTimeAndNeverAccepted() {
		String hash = bcrypt.encode("demo");
		assertThat(passwords.matches("demo", hash)).isTrue();
		for (int i = 0; i < 3; i++) {
			assertThat(passwords.matches("guess", hash)).isFalse();
		}
		assertThat(checks).hasValue(4);
	}

	@Test
	void aChangedStoredHashIsCheckedAgain() {
		assertThat(passwords.matches("demo", bcrypt.encode("demo"))).isTrue();
		String changed = bcrypt.encode("changed");
		assertThat(passwords.matches("demo", changed)).isFalse();
		assertThat(passwords.matches("changed", changed)).isTrue();
		assertThat(checks).hasValue(3);
	}

	@Test
	void whetherAStoredHashNeedsReEncodingIsAskedOncePerHash() {
		String current = bcrypt.encode("demo");
		String otherStrength = new BCryptPasswordEncoder(5).encode("demo");
		for (int i = 0; i < 3; i++) {
			assertThat(passwords.upgradeEncoding(current)).isFalse();
			assertThat(passwords.upgradeEncoding(otherStrength)).isTrue();
		}
		assertThat(upgradeQuestions).hasValue(2);
	}
}
