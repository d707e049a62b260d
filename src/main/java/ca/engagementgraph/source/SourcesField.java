package ca.engagementgraph.source;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.Hop;
import ca.engagementgraph.model.GraphModel;
import ca.engagementgraph.model.NodeType;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;
import org.springframework.data.neo4j.core.mapping.Neo4jMappingContext;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The {@code sources} field every entity type has: where its facts came from (SOURCED_FROM). One batch loader
 * per type, so a page of any entities costs one query for their sources, not one per row.
 */
@Component
class SourcesField implements RuntimeWiringConfigurer {

	private static final String FIELD = "sources";

	private final Neo4jMappingContext mapping;

	SourcesField(BatchLoaderRegistry loaders, GraphReader graph, Neo4jMappingContext mapping) {
		this.mapping = mapping;
		for (NodeType type : GraphModel.get().nodeTypes()) {
			if (type.label().equals("Source")) {
				continue;
			}
			Hop hop = Hop.outgoing(type.label(), "SOURCED_FROM", "Source");
			loaders.<String, List<Source>>forName(loaderName(type.label()))
				.registerMappedBatchLoader((keys, env) -> Mono
					.fromCallable(() -> graph.related(hop, keys, key -> key, Source.class)));
		}
	}

	@Override
	public void configure(RuntimeWiring.Builder builder) {
	}

	@Override
	public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
		container.add(new WiringFactory() {
			@Override
			public boolean providesDataFetcher(FieldWiringEnvironment environment) {
				return FIELD.equals(environment.getFieldDefinition().getName())
						&& !"Query".equals(environment.getParentType().getName());
			}

			@Override
			public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
				return env -> {
					String label = ((GraphQLObjectType) env.getParentType()).getName();
					Object source = env.getSource();
					Object key = mapping.getRequiredPersistentEntity(source.getClass())
						.getIdentifierAccessor(source)
						.getIdentifier();
					return env.getDataLoader(loaderName(label)).load(key);
				};
			}
		});
	}

	private static String loaderName(String label) {
		return FIELD + ":" + label;
	}
}
