package ca.engagementgraph.recording;

import ca.engagementgraph.database.WriteTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes expired idempotency keys every hour, a bounded batch per transaction. Correctness does not depend on it
 * (an expired key is treated as absent when it is met); it only keeps the keys from piling up.
 */
@Component
@EnableScheduling
class IdempotencyKeySweeper {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyKeySweeper.class);

	private static final String SWEEP = """
			MATCH (key:__IdempotencyKey) WHERE key.expiresAt <= $now
			WITH key LIMIT 10000
			DELETE key
			RETURN count(*) AS deleted
			""";

	private final WriteTransactions writes;

	IdempotencyKeySweeper(WriteTransactions writes) {
		this.writes = writes;
	}

	@Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
	void sweepOnSchedule() {
		try {
			sweep();
		}
		catch (RuntimeException ex) { // a database outage, say: the next sweep catches up
			log.warn("Expired idempotency keys could not be deleted this time: {}", ex.getMessage());
		}
	}

	/** @return how many expired keys were deleted */
	long sweep() {
		long total = 0;
		long deleted;
		do {
			var now = java.util.Map.<String, Object>of("now", IdempotencyKeys.now());
			deleted = writes.request(tx -> tx.run(SWEEP, now).single().get("deleted").asLong());
			total += deleted;
		}
		while (deleted > 0);
		return total;
	}
}
