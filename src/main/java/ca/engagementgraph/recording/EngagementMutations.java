package ca.engagementgraph.recording;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.loading.Messages;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Recording meetings: create, update, mark held, cancel. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class EngagementMutations {

	private final Recorder recorder;

	EngagementMutations(Recorder recorder) {
		this.recorder = recorder;
	}

	@MutationMapping
	Map<String, Object> recordEngagement(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		String code = (String) input.get("code");
		Object status = input.get("status");
		if (status != null && !MeetingStatuses.ON_CREATION.contains(status.toString())) {
			return recorder.refused("engagement", new UserError("INVALID_STATUS_CHANGE", "input.status",
					Messages.render("mutation.recordedCancelled", List.of(code), Recorder.locale(env)), null));
		}
		var changes = new ArrayList<Change>();
		changes.add(Forms.ENGAGEMENT.change(Recorder.changes(input, "followUpActions"), code, null, "RECORD_ENGAGEMENT",
				"input", recorder.labels()));
		@SuppressWarnings("unchecked")
		var actions = (List<Map<String, Object>>) input.getOrDefault("followUpActions", List.of());
		for (int i = 0; i < actions.size(); i++) {
			var action = new java.util.LinkedHashMap<>(actions.get(i));
			action.put("from", code);
			action.put("status", "OPEN");
			changes.add(Forms.ACTION.change(action, (String) action.get("code"), null, "CREATE_ACTION",
					"input.followUpActions[" + i + "]", recorder.labels()));
		}
		return recorder.apply(changes, env, "engagement", Engagement.class, RecordingService.Precondition.NONE);
	}

	@MutationMapping
	Map<String, Object> updateEngagement(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		String code = (String) input.get("code");
		Object status = input.get("status");
		Locale locale = Recorder.locale(env);
		return recorder.apply(List.of(Forms.ENGAGEMENT.change(Recorder.changes(input, "code", "version"), code,
				Recorder.version(input), "UPDATE_ENGAGEMENT", "input", recorder.labels())), env, "engagement",
				Engagement.class,
				current -> status == null || MeetingStatuses.allowed((String) current.get("status"), status.toString()) ? null
						: new UserError("INVALID_STATUS_CHANGE", "input.status", Messages.render("mutation.statusChange",
								List.of(code, current.get("status"), status, MeetingStatuses.described()), locale), null));
	}

	@MutationMapping
	Map<String, Object> holdEngagement(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		var fields = Recorder.changes(input, "code", "version");
		fields.put("status", "HELD");
		String code = (String) input.get("code");
		Locale locale = Recorder.locale(env);
		return recorder.apply(List.of(Forms.ENGAGEMENT.change(fields, code, Recorder.version(input), "HOLD_ENGAGEMENT",
				"input", recorder.labels())), env, "engagement", Engagement.class,
				current -> MeetingStatuses.PLANNED.equals(current.get("status")) ? null
						: new UserError("NOT_PLANNED", "input.code", Messages.render("mutation.notPlanned",
								List.of(code, current.get("status")), locale), null));
	}

	@MutationMapping
	Map<String, Object> cancelEngagement(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		String code = (String) input.get("code");
		Locale locale = Recorder.locale(env);
		return recorder.apply(List.of(Forms.ENGAGEMENT.change(Map.of("status", "CANCELLED"), code,
				Recorder.version(input), "CANCEL_ENGAGEMENT", "input", recorder.labels())), env, "engagement",
				Engagement.class,
				current -> switch ((String) current.get("status")) {
					case MeetingStatuses.PLANNED -> null;
					case MeetingStatuses.CANCELLED -> new UserError("ALREADY_CANCELLED", "input.code",
							Messages.render("mutation.alreadyCancelled", List.of(code), locale), null);
					default -> new UserError("NOT_PLANNED", "input.code",
							Messages.render("mutation.cancelNotPlanned", List.of(code, current.get("status")), locale), null);
				});
	}
}
