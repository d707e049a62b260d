package ca.engagementgraph.recording;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.loading.Messages;
import ca.engagementgraph.model.ActionStatus;
import ca.engagementgraph.model.Classification;
import ca.engagementgraph.model.EngagementKind;
import ca.engagementgraph.model.EngagementLevel;
import ca.engagementgraph.model.EngagementSetting;
import ca.engagementgraph.model.EngagementStatus;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.Valid;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Recording meetings: create, update, mark held, cancel. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class EngagementMutations {

	record AttendanceInput(@Key String participant, Boolean lead) {
	}

	record FollowUpActionInput(@Key String code, String textEn, String textFr, LocalDate due,
			List<@Key String> assignedTo, Classification classification) {
	}

	record RecordEngagementInput(String clientMutationId, @Key String code, LocalDate date, EngagementStatus status,
			EngagementKind kind, EngagementSetting setting, EngagementLevel level, String summaryEn, String summaryFr,
			@Key String counterpart, List<String> countries, List<@Valid AttendanceInput> attendance,
			List<@Key String> raisedResults, List<@Key String> raisedProjects, List<@Key String> keyMessagesUsed,
			@Key String follows, @Key String series, List<@Valid FollowUpActionInput> followUpActions,
			List<@Key String> sources, Classification classification) {
	}

	record UpdateEngagementInput(String clientMutationId, String code, int version, LocalDate date,
			EngagementStatus status, EngagementKind kind, EngagementSetting setting, EngagementLevel level,
			String summaryEn, String summaryFr, @Key String counterpart, List<String> countries,
			List<@Valid AttendanceInput> attendance, List<@Key String> raisedResults, List<@Key String> raisedProjects,
			List<@Key String> keyMessagesUsed, @Key String follows, @Key String series, List<@Key String> sources,
			Classification classification) {
	}

	record HoldEngagementInput(String clientMutationId, String code, int version, String summaryEn, String summaryFr,
			List<@Key String> raisedResults, List<@Key String> raisedProjects) {
	}

	record CancelEngagementInput(String clientMutationId, String code, int version) {
	}

	private final Recorder recorder;

	EngagementMutations(Recorder recorder) {
		this.recorder = recorder;
	}

	@MutationMapping
	Map<String, Object> recordEngagement(@Argument RecordEngagementInput input, DataFetchingEnvironment env) {
		String code = input.code();
		if (input.status() != null && !MeetingStatuses.ON_CREATION.contains(input.status())) {
			return recorder.refused("engagement", new UserError("INVALID_STATUS_CHANGE", "input.status",
					Messages.render("mutation.recordedCancelled", List.of(code), Recorder.locale(env)), null));
		}
		var changes = new ArrayList<Change>();
		var fields = Recorder.given(input, env, "followUpActions");
		changes.add(Forms.ENGAGEMENT.change(fields, code, null, "RECORD_ENGAGEMENT", "input", recorder.labels()));
		@SuppressWarnings("unchecked")
		var actions = (List<Map<String, Object>>) Recorder.given(input, env).getOrDefault("followUpActions", List.of());
		for (int i = 0; i < actions.size(); i++) {
			var action = new LinkedHashMap<>(actions.get(i));
			action.put("from", code);
			action.put("status", ActionStatus.OPEN.name());
			changes.add(Forms.ACTION.change(action, (String) action.get("code"), null, "CREATE_ACTION",
					"input.followUpActions[" + i + "]", recorder.labels()));
		}
		return recorder.apply(changes, input, env, "engagement", Engagement.class, RecordingService.Precondition.NONE);
	}

	@MutationMapping
	Map<String, Object> updateEngagement(@Argument UpdateEngagementInput input, DataFetchingEnvironment env) {
		String code = input.code();
		EngagementStatus status = input.status();
		Locale locale = Recorder.locale(env);
		return recorder.apply(List.of(Forms.ENGAGEMENT.change(Recorder.given(input, env, "code", "version"), code,
				(long) input.version(), "UPDATE_ENGAGEMENT", "input", recorder.labels())), input, env, "engagement",
				Engagement.class,
				current -> status == null || MeetingStatuses.allowed(MeetingStatuses.of(current), status) ? null
						: new UserError("INVALID_STATUS_CHANGE", "input.status", Messages.render("mutation.statusChange",
								List.of(code, current.get("status"), status, MeetingStatuses.described()), locale), null));
	}

	@MutationMapping
	Map<String, Object> holdEngagement(@Argument HoldEngagementInput input, DataFetchingEnvironment env) {
		var fields = Recorder.given(input, env, "code", "version");
		fields.put("status", EngagementStatus.HELD.name());
		String code = input.code();
		Locale locale = Recorder.locale(env);
		return recorder.apply(List.of(Forms.ENGAGEMENT.change(fields, code, (long) input.version(), "HOLD_ENGAGEMENT",
				"input", recorder.labels())), input, env, "engagement", Engagement.class,
				current -> MeetingStatuses.of(current) == EngagementStatus.PLANNED ? null
						: new UserError("NOT_PLANNED", "input.code", Messages.render("mutation.notPlanned",
								List.of(code, current.get("status")), locale), null));
	}

	@MutationMapping
	Map<String, Object> cancelEngagement(@Argument CancelEngagementInput input, DataFetchingEnvironment env) {
		String code = input.code();
		Locale locale = Recorder.locale(env);
		return recorder.apply(List.of(Forms.ENGAGEMENT.change(Map.of("status", EngagementStatus.CANCELLED.name()), code,
				(long) input.version(), "CANCEL_ENGAGEMENT", "input", recorder.labels())), input, env, "engagement",
				Engagement.class,
				current -> switch (MeetingStatuses.of(current)) {
					case PLANNED -> null;
					case CANCELLED -> new UserError("ALREADY_CANCELLED", "input.code",
							Messages.render("mutation.alreadyCancelled", List.of(code), locale), null);
					default -> new UserError("NOT_PLANNED", "input.code",
							Messages.render("mutation.cancelNotPlanned", List.of(code, current.get("status")), locale), null);
				});
	}
}
