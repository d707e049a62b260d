package ca.engagementgraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo's password check, done once per user and password every few minutes instead of on every request.
 * <p>
 * Basic sign-in is stateless: each request carries the password, and a BCrypt check, slow on purpose, costs about
 * as much CPU as a small answer (a tenth of the headline question's work on the demo graph). A password that
 * matched is remembered, as a SHA-256 digest beside the stored hash it matched, for {@link #REMEMBERED}; a wrong one
 * is never remembered (failed sign-ins still pay the full check and are still counted by {@link SignInThrottle}),
 * and a changed stored hash no longer matches what was remembered.
 */
final class RememberedPasswords implements PasswordEncoder {

	static final Duration REMEMBERED = Duration.ofMinutes(5);

	/** Far more than the demo's four users: past it, something is amiss; start over. */
	private static final int MOST_REMEMBERED = 1_000;

	private final PasswordEncoder encoder;
	private final ConcurrentHashMap<String, Long> matched = new ConcurrentHashMap<>();

	/** Whether a stored hash should be re-encoded: asked after every sign-in, and fixed for a given hash. */
	private final ConcurrentHashMap<String, Boolean> upgrades = new ConcurrentHashMap<>();

	RememberedPasswords(PasswordEncoder encoder) {
		this.encoder = encoder;
	}

	@Override
	public @Nullable String encode(@Nullable CharSequence rawPassword) {
		return encoder.encode(rawPassword);
	}

	@Override
	public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return encoder.matches(rawPassword, encodedPassword);
		}
		String key = encodedPassword + '\u0000' + digest(rawPassword);
		long now = System.nanoTime();
		Long at = matched.get(key);
		if (at != null && now - at < REMEMBERED.toNanos()) {
			return true;
		}
		boolean matches = encoder.matches(rawPassword, encodedPassword);
		if (matches) {
			remember(matched, key, now);
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(@Nullable String encodedPassword) {
		if (encodedPassword == null) {
			return encoder.upgradeEncoding(null);
		}
		// The answer depends on the hash alone (its algorithm and strength), and finding it takes regular expressions:
		// 2.4 % of a small request's CPU.
		Boolean upgrade = upgrades.get(encodedPassword);
		if (upgrade == null) {
			upgrade = encoder.upgradeEncoding(encodedPassword);
			remember(upgrades, encodedPassword, upgrade);
		}
		return upgrade;
	}

	/** Remembers an answer; past {@link #MOST_REMEMBERED} of them, something is amiss: start over. */
	private static <V> void remember(ConcurrentHashMap<String, V> answers, String key, V value) {
		if (answers.size() >= MOST_REMEMBERED) {
			answers.clear();
		}
		answers.put(key, value);
	}

	private static String digest(CharSequence password) {
		try {
			byte[] bytes = MessageDigest.getInstance("SHA-256").digest(password.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}
}
