package ca.engagementgraph.recording;

import org.neo4j.driver.Driver;
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
			MATCH (key:__IdempotencyKey) WHERE key.expiresAt <= datetime()
			WITH key LIMIT 10000
			DELETE key
			RETURN count(*) AS deleted
			""";

	private final Driver driver;

	IdempotencyKeySweeper(Driver driver) {
		this.driver = driver;
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
		try (var session = driver.session()) {
			long deleted;
			do {
				deleted = session.executeWrite(tx -> tx.run(SWEEP).single().get("deleted").asLong());
				total += deleted;
			}
			while (deleted > 0);
		}
		return total;
	}
}
