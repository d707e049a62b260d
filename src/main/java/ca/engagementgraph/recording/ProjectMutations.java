package ca.engagementgraph.recording;

import java.util.Map;

import ca.engagementgraph.project.Project;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Creating and changing projects. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ProjectMutations {

	private final Recorder recorder;

	ProjectMutations(Recorder recorder) {
		this.recorder = recorder;
	}

	@MutationMapping
	Map<String, Object> createProject(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.PROJECT.change(Recorder.changes(input, "code"), (String) input.get("code"), null,
				"CREATE_PROJECT", "input", recorder.labels()), env, "project", Project.class);
	}

	@MutationMapping
	Map<String, Object> updateProject(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return recorder.apply(Forms.PROJECT.change(Recorder.changes(input, "code", "version"), (String) input.get("code"),
				Recorder.version(input), "UPDATE_PROJECT", "input", recorder.labels()), env, "project", Project.class);
	}
}
