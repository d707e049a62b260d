package ca.engagementgraph.recording;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.engagement.Action;
import ca.engagementgraph.model.ActionStatus;
import ca.engagementgraph.model.Classification;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Creating and changing follow-up actions. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class ActionMutations {

	record ActionInput(String clientMutationId, @Key String code, String textEn, String textFr, LocalDate due,
			ActionStatus status, @Key String from, List<@Key String> assignedTo, Classification classification) {
	}

	record UpdateActionInput(String clientMutationId, String code, int version, String textEn, String textFr,
			LocalDate due, ActionStatus status, List<@Key String> assignedTo, Classification classification) {
	}

	private final Recorder recorder;

	ActionMutations(Recorder recorder) {
		this.recorder = recorder;
	}

	@MutationMapping
	Map<String, Object> createAction(@Argument ActionInput input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.ACTION.change(Recorder.given(input, env, "code"), input.code(), null,
				"CREATE_ACTION", "input", recorder.labels()), input, env, "action", Action.class);
	}

	@MutationMapping
	Map<String, Object> updateAction(@Argument UpdateActionInput input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.ACTION.change(Recorder.given(input, env, "code", "version"), input.code(),
				(long) input.version(), "UPDATE_ACTION", "input", recorder.labels()), input, env, "action", Action.class);
	}
}
