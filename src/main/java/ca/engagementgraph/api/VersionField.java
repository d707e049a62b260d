package ca.engagementgraph.api;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import ca.engagementgraph.model.GraphModel;
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
 * The {@code version} of every record type: a node that another Neo4j tool wrote without the product's bookkeeping
 * has none, and reads as version 0 ("never changed through the service"). Without this, one such node would be a
 * null in a non-null field, which GraphQL turns into an error that erases the whole answer around it. An update
 * that names version 0 then writes version 1, as for any other version (graph-schema/MODEL.md, "Data written by
 * other tools").
 */
@Component
class VersionField implements RuntimeWiringConfigurer {

	private static final Set<String> ROOTS = Set.of("Query", "Mutation", "Subscription");

	@Override
	public void configure(RuntimeWiring.Builder builder) {
	}

	@Override
	public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
		container.add(new WiringFactory() {
			@Override
			public boolean providesDataFetcher(FieldWiringEnvironment environment) {
				return GraphModel.VERSION.equals(environment.getFieldDefinition().getName())
						&& !ROOTS.contains(environment.getParentType().getName());
			}

			@Override
			public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
				return new VersionOrZero();
			}
		});
	}

	/** The version property, 0 when absent: trivial (it reads the source only), so not observed per field. */
	private static final class VersionOrZero implements LightDataFetcher<Object> {

		private final PropertyDataFetcher<Object> property = PropertyDataFetcher.fetching(GraphModel.VERSION);

		@Override
		public Object get(DataFetchingEnvironment env) throws Exception {
			return get(env.getFieldDefinition(), env.getSource(), () -> env);
		}

		@Override
		public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> env)
				throws Exception {
			Object version = this.property.get(field, source, env);
			return version == null ? 0L : version;
		}
	}
}
