package ca.engagementgraph.recording;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.cooperation.TdStat;
import ca.engagementgraph.model.GraphModel;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Protected B: a country's travel-document figures, one record per quarter keyed country-quarter. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class TdStatMutations {

	record TdStatInput(String clientMutationId, String country,
			@Pattern(regexp = GraphModel.QUARTER_REGEX, message = "data.badQuarter") String quarter,
			@PositiveOrZero(message = "data.negative") @Max(value = GraphModel.MAX_DOCUMENTS, message = "data.tooLarge") Integer requested,
			@PositiveOrZero(message = "data.negative") @Max(value = GraphModel.MAX_DOCUMENTS, message = "data.tooLarge") Integer issued,
			@PositiveOrZero(message = "data.negative") @DecimalMax(value = "" + GraphModel.MAX_DAYS, message = "data.tooLarge") Double medianDaysToIssue) {
	}

	record UpdateTdStatInput(String clientMutationId, String code, int version,
			@PositiveOrZero(message = "data.negative") @Max(value = GraphModel.MAX_DOCUMENTS, message = "data.tooLarge") Integer requested,
			@PositiveOrZero(message = "data.negative") @Max(value = GraphModel.MAX_DOCUMENTS, message = "data.tooLarge") Integer issued,
			@PositiveOrZero(message = "data.negative") @DecimalMax(value = "" + GraphModel.MAX_DAYS, message = "data.tooLarge") Double medianDaysToIssue) {
	}

	private final Recorder recorder;

	TdStatMutations(Recorder recorder) {
		this.recorder = recorder;
	}

	@MutationMapping
	Map<String, Object> recordTdStat(@Argument TdStatInput input, DataFetchingEnvironment env) {
		String country = recorder.labels().keyOf(input.country(), List.of("Country"));
		var fields = Recorder.given(input, env);
		fields.put("country", country);
		fields.put("forCountry", country);
		String code = country + "-" + input.quarter();
		return recorder.apply(Forms.TD_STAT.change(fields, code, null, "RECORD_TD_STAT", "input", recorder.labels()),
				input, env, "tdStat", TdStat.class);
	}

	@MutationMapping
	Map<String, Object> updateTdStat(@Argument UpdateTdStatInput input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.TD_STAT.change(Recorder.given(input, env, "code", "version"), input.code(),
				(long) input.version(), "UPDATE_TD_STAT", "input", recorder.labels()), input, env, "tdStat", TdStat.class);
	}
}
