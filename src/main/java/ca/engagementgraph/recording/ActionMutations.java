package ca.engagementgraph.recording;

import java.util.Map;

import ca.engagementgraph.engagement.Action;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Creating and changing follow-up actions. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class ActionMutations {

	private final Recorder recorder;

	ActionMutations(Recorder recorder) {
		this.recorder = recorder;
	}

	@MutationMapping
	Map<String, Object> createAction(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.ACTION.change(Recorder.changes(input, "code"), (String) input.get("code"), null,
				"CREATE_ACTION", "input", recorder.labels()), env, "action", Action.class);
	}

	@MutationMapping
	Map<String, Object> updateAction(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.ACTION.change(Recorder.changes(input, "code", "version"), (String) input.get("code"),
				Recorder.version(input), "UPDATE_ACTION", "input", recorder.labels()), env, "action", Action.class);
	}
}
