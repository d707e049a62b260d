package ca.engagementgraph.recording;

import java.util.Map;

import ca.engagementgraph.cooperation.EngagementPlan;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Protected B: engagement plans and their departmental roles. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class EngagementPlanMutations {

	private final Recorder recorder;

	EngagementPlanMutations(Recorder recorder) {
		this.recorder = recorder;
	}

	@MutationMapping
	Map<String, Object> createEngagementPlan(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.ENGAGEMENT_PLAN.change(Recorder.changes(input, "code"), (String) input.get("code"), null,
				"CREATE_ENGAGEMENT_PLAN", "input", recorder.labels()), env, "engagementPlan", EngagementPlan.class);
	}

	@MutationMapping
	Map<String, Object> updateEngagementPlan(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.ENGAGEMENT_PLAN.change(Recorder.changes(input, "code", "version"), (String) input.get("code"),
				Recorder.version(input), "UPDATE_ENGAGEMENT_PLAN", "input", recorder.labels()), env, "engagementPlan", EngagementPlan.class);
	}
}
