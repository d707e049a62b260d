package ca.engagementgraph.radar;

import java.util.ArrayList;
import java.util.function.Supplier;

import ca.engagementgraph.language.Language;
import ca.engagementgraph.language.Messages;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * {@code RankReason.explanation}: the reason's sentence ({@code radar.reason.<code>} in messages*.properties, with its
 * arguments and points) in the field's language. It reads nothing but the reason, so it is wired as a trivial
 * resolver, as a property is, not as a controller method: a page of the radar explains several hundred reasons, and
 * Spring for GraphQL observes every controller call (an observation each cost more than the sentence).
 */
@Component
class RankReasonExplanation implements RuntimeWiringConfigurer, LightDataFetcher<String> {

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		builder.type("RankReason", type -> type.dataFetcher("explanation", this));
	}

	@Override
	public String get(DataFetchingEnvironment env) {
		return explain(env.getSource(), env);
	}

	/** The same, as graphql-java and a list of plain objects ask it: the environment only for the field's language. */
	@Override
	public String get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> env) {
		return explain((RankReason) source, env.get());
	}

	private static String explain(RankReason reason, DataFetchingEnvironment env) {
		var arguments = new ArrayList<Object>(reason.arguments());
		arguments.add(reason.points());
		return Messages.render("radar.reason." + reason.code(), arguments, Messages.locale(Language.of(env) == Language.FR));
	}
}
