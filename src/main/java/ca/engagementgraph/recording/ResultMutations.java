package ca.engagementgraph.recording;

import java.util.Map;

import ca.engagementgraph.project.Result;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Creating and changing project results. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class ResultMutations {

	private final Recorder recorder;

	ResultMutations(Recorder recorder) {
		this.recorder = recorder;
	}

	@MutationMapping
	Map<String, Object> createResult(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.RESULT.change(Recorder.changes(input, "code"), (String) input.get("code"), null,
				"CREATE_RESULT", "input", recorder.labels()), env, "result", Result.class);
	}

	@MutationMapping
	Map<String, Object> updateResult(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.RESULT.change(Recorder.changes(input, "code", "version"), (String) input.get("code"),
				Recorder.version(input), "UPDATE_RESULT", "input", recorder.labels()), env, "result", Result.class);
	}
}
