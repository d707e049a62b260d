package ca.engagementgraph.recording;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.model.Classification;
import ca.engagementgraph.model.ResultType;
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

	record ResultInput(String clientMutationId, @Key String code, @Key String project, String summaryEn,
			String summaryFr, LocalDate achievedOn, ResultType type, String indicatorEn, String indicatorFr,
			Double baseline, Double value, String unitEn, String unitFr, List<@Key String> outcomes,
			List<@Key String> sources, Classification classification) {
	}

	record UpdateResultInput(String clientMutationId, String code, int version, @Key String project, String summaryEn,
			String summaryFr, LocalDate achievedOn, ResultType type, String indicatorEn, String indicatorFr,
			Double baseline, Double value, String unitEn, String unitFr, List<@Key String> outcomes,
			List<@Key String> sources, Classification classification) {
	}

	private final Recorder recorder;

	ResultMutations(Recorder recorder) {
		this.recorder = recorder;
	}

	@MutationMapping
	Map<String, Object> createResult(@Argument ResultInput input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.RESULT.change(Recorder.given(input, env, "code"), input.code(), null,
				"CREATE_RESULT", "input", recorder.labels()), input, env, "result", Result.class);
	}

	@MutationMapping
	Map<String, Object> updateResult(@Argument UpdateResultInput input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.RESULT.change(Recorder.given(input, env, "code", "version"), input.code(),
				(long) input.version(), "UPDATE_RESULT", "input", recorder.labels()), input, env, "result", Result.class);
	}
}
