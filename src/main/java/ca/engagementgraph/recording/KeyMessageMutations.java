package ca.engagementgraph.recording;

import java.util.Map;

import ca.engagementgraph.engagement.KeyMessage;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Creating and changing key messages. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class KeyMessageMutations {

	private final Recorder recorder;

	KeyMessageMutations(Recorder recorder) {
		this.recorder = recorder;
	}

	@MutationMapping
	Map<String, Object> createKeyMessage(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.KEY_MESSAGE.change(Recorder.changes(input, "code"), (String) input.get("code"), null,
				"CREATE_KEY_MESSAGE", "input", recorder.labels()), env, "keyMessage", KeyMessage.class);
	}

	@MutationMapping
	Map<String, Object> updateKeyMessage(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.KEY_MESSAGE.change(Recorder.changes(input, "code", "version"), (String) input.get("code"),
				Recorder.version(input), "UPDATE_KEY_MESSAGE", "input", recorder.labels()), env, "keyMessage", KeyMessage.class);
	}
}
