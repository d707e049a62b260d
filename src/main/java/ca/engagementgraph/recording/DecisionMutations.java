package ca.engagementgraph.recording;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.cooperation.Decision;
import ca.engagementgraph.model.DecisionKind;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Protected B: recording decisions. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class DecisionMutations {

	record DecisionInput(String clientMutationId, @Key String code, LocalDate date, DecisionKind kind, String textEn,
			String textFr, @Key String takenAt, List<String> countries) {
	}

	record UpdateDecisionInput(String clientMutationId, String code, int version, LocalDate date, DecisionKind kind,
			String textEn, String textFr, @Key String takenAt, List<String> countries) {
	}

	private final Recorder recorder;

	DecisionMutations(Recorder recorder) {
		this.recorder = recorder;
	}

	@MutationMapping
	Map<String, Object> createDecision(@Argument DecisionInput input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.DECISION.change(Recorder.given(input, env, "code"), input.code(), null,
				"CREATE_DECISION", "input", recorder.labels()), input, env, "decision", Decision.class);
	}

	@MutationMapping
	Map<String, Object> updateDecision(@Argument UpdateDecisionInput input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.DECISION.change(Recorder.given(input, env, "code", "version"), input.code(),
				(long) input.version(), "UPDATE_DECISION", "input", recorder.labels()), input, env, "decision",
				Decision.class);
	}
}
