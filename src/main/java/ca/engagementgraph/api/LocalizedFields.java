package ca.engagementgraph.api;

import ca.engagementgraph.language.Language;
import java.util.List;
import java.util.function.Supplier;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
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
 *
 * <p>The resolver is a {@link LightDataFetcher} (so a {@link TrivialDataFetcher}), as a property is: it reads the source
 * and the field's argument, nothing else, so Spring for GraphQL does not observe it (an observation per localized field,
 * hundreds in a page of results, cost more than the page's query), and a list of objects read so is completed in one
 * loop ({@code ListsOfPlainObjects}).
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
				return new LocalizedProperty(environment.getFieldDefinition().getName());
			}
		});
	}

	/** A language variant of a property, the one the field's argument or the request asks for. */
	private static final class LocalizedProperty implements LightDataFetcher<Object> {

		private final PropertyDataFetcher<Object> english;

		private final PropertyDataFetcher<Object> french;

		LocalizedProperty(String baseName) {
			this.english = PropertyDataFetcher.fetching(Language.EN.variantOf(baseName));
			this.french = PropertyDataFetcher.fetching(Language.FR.variantOf(baseName));
		}

		@Override
		public Object get(DataFetchingEnvironment env) throws Exception {
			return get(env.getFieldDefinition(), env.getSource(), () -> env);
		}

		@Override
		public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> env)
				throws Exception {
			return (Language.of(env.get()) == Language.FR ? this.french : this.english).get(field, source, env);
		}
	}
}
