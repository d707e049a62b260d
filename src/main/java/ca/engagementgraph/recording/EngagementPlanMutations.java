package ca.engagementgraph.recording;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.cooperation.EngagementPlan;
import ca.engagementgraph.model.GraphModel;
import ca.engagementgraph.model.PlanRoleKind;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Protected B: engagement plans and their departmental roles. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class EngagementPlanMutations {

	record PlanRoleInput(@Key String department, PlanRoleKind role) {
	}

	record EngagementPlanInput(String clientMutationId, @Key String code, LocalDate approvedOn,
			@PositiveOrZero(message = "data.negative") @Max(value = GraphModel.MAX_ESCALATION_STAGE, message = "data.tooLarge") Integer escalationStage,
			String country, List<@Valid PlanRoleInput> roles) {
	}

	record UpdateEngagementPlanInput(String clientMutationId, String code, int version, LocalDate approvedOn,
			@PositiveOrZero(message = "data.negative") @Max(value = GraphModel.MAX_ESCALATION_STAGE, message = "data.tooLarge") Integer escalationStage,
			String country, List<@Valid PlanRoleInput> roles) {
	}

	private final Recorder recorder;

	EngagementPlanMutations(Recorder recorder) {
		this.recorder = recorder;
	}

	@MutationMapping
	Map<String, Object> createEngagementPlan(@Argument EngagementPlanInput input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.ENGAGEMENT_PLAN.change(Recorder.given(input, env, "code"), input.code(), null,
				"CREATE_ENGAGEMENT_PLAN", "input", recorder.labels()), input, env, "engagementPlan", EngagementPlan.class);
	}

	@MutationMapping
	Map<String, Object> updateEngagementPlan(@Argument UpdateEngagementPlanInput input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.ENGAGEMENT_PLAN.change(Recorder.given(input, env, "code", "version"), input.code(),
				(long) input.version(), "UPDATE_ENGAGEMENT_PLAN", "input", recorder.labels()), input, env,
				"engagementPlan", EngagementPlan.class);
	}
}
