package ca.engagementgraph.leverage;

import java.util.List;

import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.project.Result;

/** A held meeting where results were waiting to be raised and none was. */
public record MissedOpportunity(Engagement engagement, String channel, Object counterpart, List<Result> couldHaveRaised) {
}
