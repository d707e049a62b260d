package ca.engagementgraph.leverage;

import java.util.List;

import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.project.Result;

/**
 * A held meeting where results were waiting to be raised on its channel and none was: how many were waiting, and the
 * oldest of them (as many as the client asked for, at most a page).
 */
public record MissedOpportunity(Engagement engagement, String channel, Object counterpart, int couldHaveRaisedCount,
		List<Result> couldHaveRaised) {
}
