package ca.engagementgraph.ledger;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a change touched, as far as the ledger is concerned, by element id. Changes that can only add raisings
 * ("improving": a RAISED link or an attendance created, a meeting becoming HELD or moving earlier) are applied by
 * folding the meetings in; any other change ("worsening") recomputes the raisables concerned from all their raisings.
 */
public final class LedgerScope {

	/** Raisables (results, projects) to recompute from all their raisings. */
	final Set<String> recompute = new LinkedHashSet<>();

	/** Meeting → raisable pairs whose raising is new (or newly counts). */
	final Set<Pair> improvedPairs = new LinkedHashSet<>();

	/** Meetings whose every raising may newly count (held, moved earlier, newly with a counterpart or attendee). */
	final Set<String> improvedMeetings = new LinkedHashSet<>();

	/** Meetings whose raisings may no longer count, or count differently. */
	final Set<String> worsenedMeetings = new LinkedHashSet<>();

	/** Missions, authorities and units whose own links changed: every meeting through them, improved or worsened. */
	final Set<String> improvedThrough = new LinkedHashSet<>();
	final Set<String> worsenedThrough = new LinkedHashSet<>();

	/**
	 * Raisables whose countries may have changed (a result moved to another project, a project to another country):
	 * they, a moved project's results, and the meetings raising any of them are recomputed.
	 */
	final Set<String> moved = new LinkedHashSet<>();

	/** Projects a key message was newly about or no longer about: their results' radar ranking is recomputed. */
	final Set<String> messagedProjects = new LinkedHashSet<>();

	/**
	 * Meetings created by the change: every raising they hold is a new link (an improved pair already), and no row of
	 * theirs is stored yet.
	 */
	final Set<String> createdMeetings = new LinkedHashSet<>();

	/** Meetings whose rows (channels, status, citations) must be refreshed. */
	final Set<String> meetings = new LinkedHashSet<>();

	/** Raisables deleted (kind, key) and meetings deleted or renamed (their former code). */
	final Set<Key> deletedRaisables = new LinkedHashSet<>();
	final Set<String> deletedMeetings = new LinkedHashSet<>();

	/** Nodes deleted in the change: never looked up. */
	final Set<String> deletedNodes = new LinkedHashSet<>();

	record Pair(String meeting, String raisable) {
	}

	record Key(String kind, String key) {
	}

	public boolean isEmpty() {
		return recompute.isEmpty() && improvedPairs.isEmpty() && improvedMeetings.isEmpty() && worsenedMeetings.isEmpty()
				&& improvedThrough.isEmpty() && worsenedThrough.isEmpty() && moved.isEmpty() && meetings.isEmpty()
				&& deletedRaisables.isEmpty() && deletedMeetings.isEmpty() && messagedProjects.isEmpty();
	}
}
