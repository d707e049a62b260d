package ca.engagementgraph.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a search must have the eventually consistent full-text index apply what is pending first. */
class FullTextFreshnessTest {

	private final FullTextFreshness freshness = new FullTextFreshness();

	@Test
	void theFirstSearchWaitsForTheIndexAndTheNextOnesDoNotUntilAWriteCommits() {
		long seen = freshness.commitsSoFar();
		assertThat(freshness.mayLag(seen)).as("nothing known of the index at start").isTrue();
		freshness.applied(seen);
		assertThat(freshness.mayLag(freshness.commitsSoFar())).isFalse();

		freshness.afterCommit(null, null, null);
		assertThat(freshness.mayLag(freshness.commitsSoFar())).as("a write committed since").isTrue();
	}

	@Test
	void aSearchThatWaitedForFewerCommitsNeverUndoesOneThatWaitedForMore() {
		long early = freshness.commitsSoFar();
		freshness.afterCommit(null, null, null);
		long later = freshness.commitsSoFar();
		freshness.applied(later);
		freshness.applied(early);
		assertThat(freshness.mayLag(later)).isFalse();
		freshness.afterCommit(null, null, null);
		assertThat(freshness.mayLag(freshness.commitsSoFar())).isTrue();
	}
}
