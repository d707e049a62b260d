package ca.engagementgraph.database;

import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.dao.TransientDataAccessResourceException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures mean "the database is not there right now" (answered DATABASE_UNAVAILABLE, retried by the startup),
 * as the drill against a stopped and restarted server met them, wherever libraries wrapped them.
 */
class DatabaseFailuresTest {

	@Test
	void aServerWhoseDatabaseIsStartingOrStoppingIsUnavailable() {
		var starting = new TransientException("Neo.TransientError.General.DatabaseUnavailable", "Database 'neo4j' unavailable");
		assertThat(DatabaseFailures.unreachable(starting)).isTrue();
		assertThat(DatabaseFailures.unreachable(new TransientDataAccessResourceException("translated", starting))).isTrue();
	}

	@Test
	void noConnectionWithinTheAcquisitionTimeoutIsUnavailable() {
		var noConnection = new TimeoutException("Unable to acquire connection from the pool within configured maximum time of 20000ms");
		assertThat(DatabaseFailures.unreachable(new RuntimeException(noConnection))).isTrue();
	}

	@Test
	void aLostConnectionIsUnavailableButAMistakeOrATimeLimitIsNot() {
		assertThat(DatabaseFailures.unreachable(new ServiceUnavailableException("gone"))).isTrue();
		assertThat(DatabaseFailures.unreachable(new ClientException("Neo.ClientError.Statement.SyntaxError", "bad"))).isFalse();
		var stopped = new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "too long");
		assertThat(DatabaseFailures.unreachable(stopped)).isFalse();
		assertThat(DatabaseFailures.timedOut(stopped)).isTrue();
	}
}
