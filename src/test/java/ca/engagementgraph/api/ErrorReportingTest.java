package ca.engagementgraph.api;

import java.util.Map;

import ca.engagementgraph.language.Language;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.ResultPath;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLObjectType;
import graphql.Scalars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** What a failure becomes for the client, and what the log keeps of it. */
@ExtendWith(OutputCaptureExtension.class)
class ErrorReportingTest {

	private final ErrorReporting reporting = new ErrorReporting();

	@Test
	void aFailureWhileTheServiceRunsIsAnIncidentLoggedWithItsNumber(CapturedOutput output) {
		GraphQLError error = reporting.resolveToSingleError(new IllegalStateException("boom"), environment(Language.EN));
		assertThat(error.getExtensions()).containsEntry("code", "INTERNAL_ERROR").containsKey("incident");
		assertThat(output).contains("Unexpected failure " + error.getExtensions().get("incident"));
	}

	@Test
	void aRequestStillRunningWhenTheServiceStopsIsToldSoInItsLanguageAndIsNoIncident(CapturedOutput output) {
		reporting.serviceStopping();
		GraphQLError error = reporting.resolveToSingleError(
				new IllegalStateException("This driver instance has already been closed"), environment(Language.FR));
		assertThat(error.getExtensions()).isEqualTo(Map.of("code", "SERVICE_STOPPING"));
		assertThat(error.getMessage()).startsWith("Le service s'arrête");
		assertThat(output).doesNotContain("Unexpected failure");
	}

	private static DataFetchingEnvironment environment(Language language) {
		var context = GraphQLContext.newContext().of(Language.class, language).build();
		var stepInfo = ExecutionStepInfo.newExecutionStepInfo()
			.type(Scalars.GraphQLString)
			.path(ResultPath.parse("/accountabilityGaps"))
			.parentInfo(ExecutionStepInfo.newExecutionStepInfo()
				.type(GraphQLObjectType.newObject().name("Query").build())
				.path(ResultPath.rootPath())
				.build())
			.build();
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.graphQLContext(context)
			.mergedField(graphql.execution.MergedField.newMergedField(graphql.language.Field.newField("accountabilityGaps").build())
				.build())
			.executionStepInfo(stepInfo)
			.build();
	}
}
