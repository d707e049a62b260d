package ca.engagementgraph.database;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import ca.engagementgraph.MeetingInputs;
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
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * With an external database, writes run in Spring transactions of Spring Data Neo4j's transaction manager (with the
 * embedded one, in its process: see the tests that say so): each commit's bookmark reaches the
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
		assumeFalse(writes.runsInProcess(), "writes in the embedded database's process have no bookmark to hand over");
		var before = copy(bookmarks.getBookmarks());
		writes.request(tx -> tx.run("CREATE (:__BookmarkProbe {id: 1})").consume());
		var after = copy(bookmarks.getBookmarks());
		assertThat(after).isNotEmpty().isNotEqualTo(before);
		// The client's next read is opened with those bookmarks, and sees the write.
		assertThat(client.query("MATCH (n:__BookmarkProbe {id: 1}) RETURN count(n) AS n").fetchAs(Long.class).one())
			.contains(1L);
	}

	/**
	 * With the embedded database, writes run in its process, on platform threads: a request's virtual thread that
	 * held the database's short locks and blocked could leave the spinning readers every carrier (PlatformThreads).
	 */
	@Test
	void aWriteAskedForOnAVirtualThreadRunsInTheProcessOnAPlatformThreadAndIsReadAtOnce() throws Exception {
		assumeTrue(writes.runsInProcess(), "writes go through the driver here");
		var ranOnVirtual = new java.util.concurrent.atomic.AtomicBoolean(true);
		Thread.ofVirtual().start(() -> writes.request(tx -> {
			ranOnVirtual.set(Thread.currentThread().isVirtual());
			return tx.run("CREATE (:__BookmarkProbe {id: 3})").consume();
		})).join();
		assertThat(ranOnVirtual).as("the write ran on a virtual thread").isFalse();
		assertThat(client.query("MATCH (n:__BookmarkProbe {id: 3}) RETURN count(n) AS n").fetchAs(Long.class).one())
			.contains(1L);
	}

	@Test
	void aDeadlockTheEmbeddedDatabaseReportsIsRetriedLikeTheDriversOne() {
		var attempts = new AtomicInteger();
		writes.request(tx -> {
			tx.run("CREATE (:__BookmarkProbe {id: 4})").consume();
			if (attempts.incrementAndGet() == 1) {
				throw org.neo4j.kernel.DeadlockDetectedException.deadlockDetected("a deadlock, for the test");
			}
			return null;
		});
		assertThat(attempts).hasValue(2);
		assertThat(driver.executableQuery("MATCH (n:__BookmarkProbe {id: 4}) RETURN count(n) AS n").execute().records()
			.getFirst().get("n").asLong()).isEqualTo(1);
	}

	@Test
	void aRecordedMeetingIsReadBackInTheSameRequestWithTheBookmarkOfItsCommit() {
		var before = copy(bookmarks.getBookmarks());
		var input = MeetingInputs.ottawaMeeting("ZB-HOM-1").summary("Bookmarks", "Signets").build();
		// The payload's record is read after the commit, through the client: it must be the record just written.
		graphQl.document("""
				mutation($input: RecordEngagementInput!) {
				  recordEngagement(input: $input) { engagement { code version summary } errors { code } }
				}
				""").variable("input", input).execute()
			.path("recordEngagement.errors").entityList(Object.class).hasSize(0)
			.path("recordEngagement.engagement.summary").entity(String.class).isEqualTo("Bookmarks");
		if (!writes.runsInProcess()) {
			assertThat(copy(bookmarks.getBookmarks())).isNotEqualTo(before);
		}
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
