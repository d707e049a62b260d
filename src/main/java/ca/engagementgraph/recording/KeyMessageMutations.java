package ca.engagementgraph.recording;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.engagement.KeyMessage;
import ca.engagementgraph.model.Classification;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Creating and changing key messages. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class KeyMessageMutations {

	record KeyMessageInput(String clientMutationId, @Key String code, String textEn, String textFr, LocalDate approvedOn,
			List<@Key String> aboutResults, List<@Key String> aboutProjects, List<@Key String> draftedBy,
			Classification classification) {
	}

	record UpdateKeyMessageInput(String clientMutationId, String code, int version, String textEn, String textFr,
			LocalDate approvedOn, List<@Key String> aboutResults, List<@Key String> aboutProjects,
			List<@Key String> draftedBy, Classification classification) {
	}

	private final Recorder recorder;

	KeyMessageMutations(Recorder recorder) {
		this.recorder = recorder;
	}

	@MutationMapping
	Map<String, Object> createKeyMessage(@Argument KeyMessageInput input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.KEY_MESSAGE.change(Recorder.given(input, env, "code"), input.code(), null,
				"CREATE_KEY_MESSAGE", "input", recorder.labels()), input, env, "keyMessage", KeyMessage.class);
	}

	@MutationMapping
	Map<String, Object> updateKeyMessage(@Argument UpdateKeyMessageInput input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.KEY_MESSAGE.change(Recorder.given(input, env, "code", "version"), input.code(),
				(long) input.version(), "UPDATE_KEY_MESSAGE", "input", recorder.labels()), input, env, "keyMessage",
				KeyMessage.class);
	}
}
