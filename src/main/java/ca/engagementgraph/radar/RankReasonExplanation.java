package ca.engagementgraph.radar;

import java.util.ArrayList;

import ca.engagementgraph.language.Language;
import ca.engagementgraph.language.Messages;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
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
class RankReasonExplanation implements RuntimeWiringConfigurer, DataFetcher<String>, TrivialDataFetcher<String> {

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		builder.type("RankReason", type -> type.dataFetcher("explanation", this));
	}

	@Override
	public String get(DataFetchingEnvironment env) {
		RankReason reason = env.getSource();
		var arguments = new ArrayList<Object>(reason.arguments());
		arguments.add(reason.points());
		return Messages.render("radar.reason." + reason.code(), arguments, Messages.locale(Language.of(env) == Language.FR));
	}
}
