package ca.engagementgraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema is documentation for dashboard authors: every type, field and input field says what it is. */
@GraphIntegrationTest
class SchemaDescriptionsTest {

	private static final Set<String> BUILT_IN = Set.of("String", "Int", "Float", "Boolean", "ID");

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void everyTypeFieldAndInputFieldIsDescribed() {
		List<String> undescribed = new ArrayList<>();
		for (GraphQLNamedType type : graphQlSource.schema().getAllTypesAsList()) {
			String name = type.getName();
			if (name.startsWith("__") || BUILT_IN.contains(name)) {
				continue;
			}
			if (isBlank(type.getDescription())) {
				undescribed.add(name);
			}
			if (type instanceof GraphQLObjectType object) {
				for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
					if (isBlank(field.getDescription())) {
						undescribed.add(name + "." + field.getName());
					}
				}
			}
			if (type instanceof GraphQLInputObjectType input) {
				for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
					if (isBlank(field.getDescription())) {
						undescribed.add(name + "." + field.getName());
					}
				}
			}
			if (type instanceof GraphQLScalarType && isBlank(type.getDescription())) {
				undescribed.add(name);
			}
		}
		assertThat(undescribed).isEmpty();
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
