package ca.engagementgraph.recording;

import java.util.Map;

import ca.engagementgraph.cooperation.Decision;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Protected B: recording decisions. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class DecisionMutations {

	private final Recorder recorder;

	DecisionMutations(Recorder recorder) {
		this.recorder = recorder;
	}

	@MutationMapping
	Map<String, Object> createDecision(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.DECISION.change(Recorder.changes(input, "code"), (String) input.get("code"), null,
				"CREATE_DECISION", "input", recorder.labels()), env, "decision", Decision.class);
	}

	@MutationMapping
	Map<String, Object> updateDecision(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.DECISION.change(Recorder.changes(input, "code", "version"), (String) input.get("code"),
				Recorder.version(input), "UPDATE_DECISION", "input", recorder.labels()), env, "decision", Decision.class);
	}
}
