package ca.engagementgraph.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import graphql.language.Description;
import graphql.language.FieldDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeUtil;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.TypeDefinitionConfigurer;
import org.springframework.stereotype.Component;

/**
 * Declares the Relay types behind every {@code XConnection} the schema files use, so each list type is written
 * once: {@code XConnection {edges, nodes, pageInfo, totalCount}} and {@code XEdge {cursor, node}}. Schema files
 * must not declare connection types themselves.
 */
@Component
class ConnectionTypes implements TypeDefinitionConfigurer, GraphQlSourceBuilderCustomizer {

	private static final String SUFFIX = "Connection";

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.configureTypeDefinitions(this);
	}

	@Override
	public void configure(TypeDefinitionRegistry registry) {
		Set<String> used = new LinkedHashSet<>();
		registry.types().values().stream()
			.filter(ObjectTypeDefinition.class::isInstance)
			.map(ObjectTypeDefinition.class::cast)
			.forEach(type -> collect(type.getFieldDefinitions(), used));
		registry.objectTypeExtensions().values().forEach(extensions -> extensions.forEach(
				(ObjectTypeExtensionDefinition extension) -> collect(extension.getFieldDefinitions(), used)));
		for (String connection : used) {
			String node = connection.substring(0, connection.length() - SUFFIX.length());
			String edge = node + "Edge";
			// Spring GraphQL's own configurer may have declared bare Relay types already; ours add totalCount and nodes.
			registry.getType(connection).ifPresent(registry::remove);
			registry.getType(edge).ifPresent(registry::remove);
			registry.add(ObjectTypeDefinition.newObjectTypeDefinition()
				.name(edge)
				.description(describe("One " + node + " of a page, with the cursor that points at it."))
				.fieldDefinition(field("cursor", nonNull("String"), "Pass as `after` to continue after this row."))
				.fieldDefinition(field("node", nonNull(node), "The " + node + "."))
				.build());
			registry.add(ObjectTypeDefinition.newObjectTypeDefinition()
				.name(connection)
				.description(describe("A page of " + node + " rows."))
				.fieldDefinition(field("edges", nonNullList(edge), "The rows of this page with their cursors."))
				.fieldDefinition(field("nodes", nonNullList(node), "The rows of this page, without cursors."))
				.fieldDefinition(field("pageInfo", nonNull("PageInfo"), "Where this page stands in the list."))
				.fieldDefinition(field("totalCount", nonNull("Long"),
						"How many rows match the filter in all pages (costs one more query)."))
				.build());
		}
	}

	private static void collect(List<FieldDefinition> fields, Set<String> used) {
		for (FieldDefinition field : fields) {
			String name = TypeUtil.unwrapAll(field.getType()).getName();
			if (name.endsWith(SUFFIX)) {
				used.add(name);
			}
		}
	}

	private static FieldDefinition field(String name, Type<?> type, String description) {
		return FieldDefinition.newFieldDefinition().name(name).type(type).description(describe(description)).build();
	}

	private static Type<?> nonNull(String name) {
		return NonNullType.newNonNullType(TypeName.newTypeName(name).build()).build();
	}

	private static Type<?> nonNullList(String name) {
		return NonNullType.newNonNullType(ListType.newListType(nonNull(name)).build()).build();
	}

	private static Description describe(String text) {
		return new Description(text, null, false);
	}
}
