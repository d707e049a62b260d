package ca.engagementgraph.recording;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.cooperation.TdStat;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Protected B: a country's travel-document figures, one record per quarter keyed country-quarter. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class TdStatMutations {

	private final Recorder recorder;

	TdStatMutations(Recorder recorder) {
		this.recorder = recorder;
	}

	@MutationMapping
	Map<String, Object> recordTdStat(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		String country = recorder.labels().keyOf((String) input.get("country"), List.of("Country"));
		var fields = new LinkedHashMap<>(input);
		fields.put("country", country);
		fields.put("forCountry", country);
		String code = country + "-" + input.get("quarter");
		return recorder.apply(Forms.TD_STAT.change(fields, code, null, "RECORD_TD_STAT", "input", recorder.labels()),
				env, "tdStat", TdStat.class);
	}

	@MutationMapping
	Map<String, Object> updateTdStat(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.TD_STAT.change(Recorder.changes(input, "code", "version"), (String) input.get("code"),
				Recorder.version(input), "UPDATE_TD_STAT", "input", recorder.labels()), env, "tdStat", TdStat.class);
	}
}
