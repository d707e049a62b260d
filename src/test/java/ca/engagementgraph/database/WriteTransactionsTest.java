package ca.engagementgraph.database;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes run in Spring transactions of Spring Data Neo4j's transaction manager: each commit's bookmark reaches the
 * one bookmark manager the API's reads use, so a read after a write is opened with it and sees the write (on a
 * single instance every read sees every commit anyway: what this checks is that the bookmark travels, which is
 * what a {@code neo4j://} cluster needs). Transient failures are retried as the driver's managed transactions did.
 */
@GraphIntegrationTest
class WriteTransactionsTest {

	@Autowired
	WriteTransactions writes;

	@Autowired
	Neo4jBookmarkManager bookmarks;

	@Autowired
	Neo4jClient client;

	@Autowired
	Driver driver;

	@Autowired
	HttpGraphQlTester graphQl;

	@AfterEach
	void removeTestNodes() {
		driver.executableQuery("MATCH (n:__BookmarkProbe) DETACH DELETE n").execute();
		driver.executableQuery("MATCH (n:Engagement) WHERE n.code STARTS WITH 'ZB-' DETACH DELETE n").execute();
	}

	@Test
	void aCommittedWriteHandsItsBookmarkToTheReadsThatFollow() {
		var before = copy(bookmarks.getBookmarks());
		writes.request(tx -> tx.run("CREATE (:__BookmarkProbe {id: 1})").consume());
		var after = copy(bookmarks.getBookmarks());
		assertThat(after).isNotEmpty().isNotEqualTo(before);
		// The client's next read is opened with those bookmarks, and sees the write.
		assertThat(client.query("MATCH (n:__BookmarkProbe {id: 1}) RETURN count(n) AS n").fetchAs(Long.class).one())
			.contains(1L);
	}

	@Test
	void aRecordedMeetingIsReadBackInTheSameRequestWithTheBookmarkOfItsCommit() {
		var before = copy(bookmarks.getBookmarks());
		var input = new java.util.LinkedHashMap<String, Object>(Map.of("code", "ZB-HOM-1", "date", "2024-03-01",
				"status", "HELD", "kind", "HEAD_OF_MISSION_MEETING", "setting", "OTTAWA", "level", "DG", "summaryEn",
				"Bookmarks", "summaryFr", "Signets", "counterpart", "QM-OTT", "countries", java.util.List.of("QM")));
		input.put("attendance", java.util.List.of(Map.of("participant", "CBSA", "lead", true)));
		// The payload's record is read after the commit, through the client: it must be the record just written.
		graphQl.document("""
				mutation($input: RecordEngagementInput!) {
				  recordEngagement(input: $input) { engagement { code version summary } errors { code } }
				}
				""").variable("input", input).execute()
			.path("recordEngagement.errors").entityList(Object.class).hasSize(0)
			.path("recordEngagement.engagement.summary").entity(String.class).isEqualTo("Bookmarks");
		assertThat(copy(bookmarks.getBookmarks())).isNotEqualTo(before);
	}

	@Test
	void aTransientFailureIsRetriedAndTheWorkCommitsOnce() {
		var attempts = new AtomicInteger();
		long written = writes.request(tx -> {
			tx.run("CREATE (:__BookmarkProbe {id: 2})").consume();
			if (attempts.incrementAndGet() == 1) {
				throw new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "a deadlock, for the test");
			}
			return tx.run("MATCH (n:__BookmarkProbe {id: 2}) RETURN count(n) AS n").single().get("n").asLong();
		});
		assertThat(attempts).hasValue(2);
		assertThat(written).as("the failed attempt was rolled back").isEqualTo(1);
		assertThat(driver.executableQuery("MATCH (n:__BookmarkProbe {id: 2}) RETURN count(n) AS n").execute().records()
			.getFirst().get("n").asLong()).isEqualTo(1);
	}

	private static <T> java.util.Set<T> copy(java.util.Collection<T> values) {
		return java.util.Set.copyOf(values);
	}
}
