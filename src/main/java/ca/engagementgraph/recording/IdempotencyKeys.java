package ca.engagementgraph.recording;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.SimpleQueryRunner;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency keys: a client names each attempt of a mutation with a {@code clientMutationId} of its choosing, and
 * sends the same one again when it does not know whether the first attempt was applied (a timeout, a dropped
 * connection). The key is stored in the mutation's own transaction, so it exists exactly when the change does:
 * <ul>
 * <li>a key not stored (never sent, refused, rolled back, expired) lets the attempt run as new;</li>
 * <li>a key stored for the same request (same user, mutation and input) answers with the outcome of the accepted
 * attempt, and writes nothing;</li>
 * <li>a key stored for another request is refused ({@code IDEMPOTENCY_KEY_REUSED}), and writes nothing.</li>
 * </ul>
 * Two attempts with one key at the same moment: the first merges the key's node on its unique id and locks it; the
 * second waits on that lock until the first commits (then finds the key) or rolls back (then runs itself).
 *
 * <p>Keys belong to the user who sent them (the stored id is a hash of user and key, so two users never collide),
 * and are kept {@link #KEPT}; {@link IdempotencyKeySweeper} deletes expired ones. They are bookkeeping
 * ({@code :__IdempotencyKey}), neither exported nor backed up.
 */
final class IdempotencyKeys {

	/** How long a key is honoured: far beyond any client's retries, short enough to keep the keys few. */
	static final Duration KEPT = Duration.ofHours(24);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String LOCK = """
			MERGE (key:__IdempotencyKey {id: $id}) SET key.held = true REMOVE key.held
			""";

	// Read after LOCK, as a statement of its own: once the lock is held this sees what an earlier holder committed.
	private static final String READ = """
			MATCH (key:__IdempotencyKey {id: $id})
			RETURN key.fingerprint AS fingerprint, key.mutation AS mutation,
			       coalesce(key.expiresAt > $now, false) AS live
			""";

	private static final String STORE = """
			MATCH (key:__IdempotencyKey {id: $id})
			SET key.user = $user, key.mutation = $mutation, key.fingerprint = $fingerprint, key.at = $now,
			    key.expiresAt = $now + duration($kept), key.node = $node
			""";

	private IdempotencyKeys() {
	}

	/** One attempt's key: who sent it, the key itself, and what it asked for. */
	record Key(String user, String clientMutationId, String mutation, String fingerprint) {

		String id() {
			return sha256(user + '\u0000' + clientMutationId);
		}
	}

	/** What the key says about this attempt. */
	enum Verdict {
		/** First use (or the earlier use expired, or was never applied): run it, the key is now held. */
		NEW,
		/** The same request was already applied: answer as it was answered, write nothing. */
		REPLAY,
		/** The key was used for another request: refuse. */
		REUSED
	}

	/** The verdict, and the mutation the key was first used with (for a refusal's message). */
	record Claim(Verdict verdict, String firstMutation) {
	}

	/**
	 * The key of a mutation's attempt, or null without {@code clientMutationId}. The fingerprint covers the mutation
	 * and its whole input but the key itself, maps compared whatever their order.
	 */
	static Key of(String user, String mutation, Map<String, Object> input) {
		Object clientMutationId = input == null ? null : input.get("clientMutationId");
		if (clientMutationId == null) {
			return null;
		}
		var request = new TreeMap<String, Object>(input);
		request.remove("clientMutationId");
		return new Key(user, clientMutationId.toString(), mutation,
				sha256(mutation + '\u0000' + JSON.writeValueAsString(canonical(request))));
	}

	/**
	 * Holds the key for this transaction and says what it already records. Must run before the mutation reads
	 * anything, right after the write gate.
	 */
	static Claim claim(SimpleQueryRunner tx, Key key) {
		var parameters = Map.<String, Object>of("id", key.id(), "now", now());
		tx.run(LOCK, parameters).consume();
		var stored = tx.run(READ, parameters).single();
		if (!stored.get("live").asBoolean()) {
			return new Claim(Verdict.NEW, null); // created just now by LOCK, or expired: this attempt takes it over
		}
		String mutation = stored.get("mutation").isNull() ? "?" : stored.get("mutation").asString();
		return new Claim(key.fingerprint().equals(stored.get("fingerprint").asString()) ? Verdict.REPLAY : Verdict.REUSED,
				mutation);
	}

	/** Stores the key with the accepted attempt: called last, in the mutation's transaction. */
	static void store(SimpleQueryRunner tx, Key key, String node) {
		var parameters = new java.util.HashMap<String, Object>();
		parameters.put("id", key.id());
		parameters.put("user", key.user());
		parameters.put("mutation", key.mutation());
		parameters.put("fingerprint", key.fingerprint());
		parameters.put("kept", KEPT.toString());
		parameters.put("node", node);
		parameters.put("now", now());
		tx.run(STORE, parameters).consume();
	}

	/** The service's clock, not the database server's (whose clock and zone the service does not control). */
	static ZonedDateTime now() {
		return ZonedDateTime.now(ZoneOffset.UTC);
	}

	/** Maps sorted by key at every depth, so that the same input always gives the same text. */
	private static Object canonical(Object value) {
		if (value instanceof Map<?, ?> map) {
			var sorted = new TreeMap<String, Object>();
			map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
			return sorted;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(IdempotencyKeys::canonical).toList();
		}
		return value instanceof java.time.temporal.TemporalAccessor temporal ? temporal.toString() : value;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}
}
