package ca.engagementgraph.api;

import ca.engagementgraph.language.Language;
import java.util.List;

import graphql.schema.DataFetcher;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Resolves every field marked {@code @localized} (e.g. {@code name(lang: Language): String}) from the
 * source's language variant ({@code nameEn} / {@code nameFr}): the {@code lang} argument wins, then the
 * request's Accept-Language, then English. One rule for the whole schema instead of a resolver per field.
 */
@Component
class LocalizedFields implements RuntimeWiringConfigurer {

	static final String DIRECTIVE = "localized";

	@Override
	public void configure(RuntimeWiring.Builder builder) {
	}

	@Override
	public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
		container.add(new WiringFactory() {
			@Override
			public boolean providesDataFetcher(FieldWiringEnvironment environment) {
				return environment.getFieldDefinition().hasDirective(DIRECTIVE);
			}

			@Override
			public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
				String baseName = environment.getFieldDefinition().getName();
				return env -> PropertyDataFetcher.fetching(Language.of(env).variantOf(baseName)).get(env);
			}
		});
	}
}
