package ca.engagementgraph.recording;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.model.GraphModel;
import ca.engagementgraph.model.ProjectStatus;
import ca.engagementgraph.project.Project;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Creating and changing projects. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ProjectMutations {

	record ProjectInput(String clientMutationId, @Key String code, String titleEn, String titleFr, ProjectStatus status,
			LocalDate start, LocalDate end,
			@PositiveOrZero(message = "data.negative") @Max(value = GraphModel.MAX_DOLLARS, message = "data.tooLarge") Long fundingCad,
			@Key String envelope, List<@Key String> partners, String country, List<@Key String> beneficiaries,
			List<@Key String> priorityAreas, List<@Key String> managedBy, List<@Key String> sources) {
	}

	record UpdateProjectInput(String clientMutationId, String code, int version, String titleEn, String titleFr,
			ProjectStatus status, LocalDate start, LocalDate end,
			@PositiveOrZero(message = "data.negative") @Max(value = GraphModel.MAX_DOLLARS, message = "data.tooLarge") Long fundingCad,
			@Key String envelope, List<@Key String> partners, String country, List<@Key String> beneficiaries,
			List<@Key String> priorityAreas, List<@Key String> managedBy, List<@Key String> sources) {
	}

	private final Recorder recorder;

	ProjectMutations(Recorder recorder) {
		this.recorder = recorder;
	}

	@MutationMapping
	Map<String, Object> createProject(@Argument ProjectInput input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.PROJECT.change(Recorder.given(input, env, "code"), input.code(), null,
				"CREATE_PROJECT", "input", recorder.labels()), input, env, "project", Project.class);
	}

	@MutationMapping
	Map<String, Object> updateProject(@Argument UpdateProjectInput input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.PROJECT.change(Recorder.given(input, env, "code", "version"), input.code(),
				(long) input.version(), "UPDATE_PROJECT", "input", recorder.labels()), input, env, "project", Project.class);
	}
}
