package ca.engagementgraph.radar;

import java.util.List;

import ca.engagementgraph.engagement.KeyMessage;
import ca.engagementgraph.project.Project;
import ca.engagementgraph.project.Result;
import org.jspecify.annotations.Nullable;

/** A result to raise at a planned meeting, its rank and the parts of its score. */
public record RadarSuggestion(int rank, double score, Result result, Project project, int daysWaited, List<RankReason> reasons,
		@Nullable KeyMessage keyMessage, boolean accepted, int otherPlannedChances) {
}
