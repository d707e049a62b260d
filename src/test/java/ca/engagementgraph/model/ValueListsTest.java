package ca.engagementgraph.model;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The value lists are Java enums, the single source of the model's allowed values and of the GraphQL schema's enums:
 * a value added to one and not the other fails here. Every GraphQL enum is either a value list of the model (and then
 * matches its Java enum of the same name, both ways) or one of the API's own enums named below.
 */
class ValueListsTest {

	/** Enums of the API that are not values of the model: orderings, groupings, channels, the language, roles, the radar's and the nudge's kinds. */
	private static final Set<String> API_ONLY = Set.of("Language", "SortDirection", "Role", "Channel", "CoverageGrouping",
			"SizeClass", "RadarChannel", "RankReasonCode", "NudgeKind");

	@Test
	void everyGraphQlEnumIsAValueListAndMatchesItsJavaEnumExactly() throws Exception {
		var enums = schemaEnums();
		assertThat(enums).isNotEmpty();
		for (var entry : enums.entrySet()) {
			String name = entry.getKey();
			if (API_ONLY.contains(name) || name.endsWith("SortField")) {
				continue;
			}
			Class<?> java = Class.forName("ca.engagementgraph.model." + name);
			assertThat(java.isEnum()).as(name).isTrue();
			var javaNames = Arrays.stream(java.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
			assertThat(entry.getValue()).as("GraphQL enum %s against the Java enum", name)
				.containsExactlyInAnyOrderElementsOf(javaNames);
		}
	}

	@Test
	void everyValueListOfTheModelIsAGraphQlEnumOrAnIatiCodeList() throws Exception {
		var enums = schemaEnums();
		for (Class<? extends Enum<?>> valueList : valueLists()) {
			if (IatiCode.class.isAssignableFrom(valueList) && !enums.containsKey(valueList.getSimpleName())) {
				continue; // carried as its integer codes by the API (an organization's type)
			}
			assertThat(enums).as("the GraphQL enum of %s", valueList.getSimpleName())
				.containsKey(valueList.getSimpleName());
		}
	}

	@Test
	void theModelsAllowedValuesAreThoseOfTheJavaEnums() {
		var model = GraphModel.get();
		var enumerated = new TreeSet<String>();
		for (NodeType type : model.nodeTypes()) {
			for (PropertySpec spec : type.properties().values()) {
				if (spec.isEnumerated()) {
					assertThat(spec.valueList()).as(type.label() + "." + spec.name()).isNotNull();
					assertThat(spec.allowed()).as(type.label() + "." + spec.name())
						.isEqualTo(GraphModel.valuesOf(spec.valueList()));
					enumerated.add(type.label() + "." + spec.name() + ":" + spec.valueList().getSimpleName());
				}
			}
		}
		for (RelationshipSpec relationship : model.relationships()) {
			for (PropertySpec spec : relationship.properties().values()) {
				if (spec.isEnumerated()) {
					assertThat(spec.allowed()).isEqualTo(GraphModel.valuesOf(spec.valueList()));
					enumerated.add(relationship.type() + "." + spec.name() + ":" + spec.valueList().getSimpleName());
				}
			}
		}
		assertThat(enumerated).contains("Engagement.status:EngagementStatus", "Engagement.kind:EngagementKind",
				"Engagement.setting:EngagementSetting", "Engagement.level:EngagementLevel", "Country.region:Region",
				"Designation.status:DesignationStatus", "Mission.kind:MissionKind", "Authority.kind:AuthorityKind",
				"Result.type:ResultType", "Outcome.level:OutcomeLevel", "Decision.kind:DecisionKind",
				"Action.status:ActionStatus", "Source.kind:SourceKind", "HOLDS_ROLE.role:PlanRoleKind",
				"Project.status:ProjectStatus", "Organization.type:OrganisationType", "Engagement.classification:Classification");
		var lists = enumerated.stream().map(e -> e.substring(e.indexOf(':') + 1)).collect(Collectors.toSet());
		assertThat(lists).containsExactlyInAnyOrderElementsOf(valueLists().stream().map(Class::getSimpleName).toList());
	}

	@Test
	void iatiCodeListsAreStoredAsTheirCodes() {
		assertThat(GraphModel.get().nodeType("Project").orElseThrow().properties().get("status").allowed())
			.containsExactly("1", "2", "3", "4", "5", "6");
		assertThat(ProjectStatus.ofCode(2)).isEqualTo(ProjectStatus.IMPLEMENTATION);
		assertThat(GraphModel.get().nodeType("Organization").orElseThrow().properties().get("type").allowed())
			.contains("10", "21", "40", "70", "80", "90").doesNotContain("0", "99");
	}

	/** Every Java enum that is a value list of the model. */
	private static List<Class<? extends Enum<?>>> valueLists() {
		return List.of(Region.class, DesignationStatus.class, MissionKind.class, AuthorityKind.class, ResultType.class,
				OutcomeLevel.class, EngagementStatus.class, EngagementKind.class, EngagementSetting.class,
				EngagementLevel.class, DecisionKind.class, PlanRoleKind.class, ActionStatus.class, SourceKind.class,
				Classification.class, ProjectStatus.class, OrganisationType.class);
	}

	/** The schema's enums by name, with their values. */
	static Map<String, List<String>> schemaEnums() throws IOException {
		var registry = new TypeDefinitionRegistry();
		for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls")) {
			try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
				registry.merge(new SchemaParser().parse(reader));
			}
		}
		var enums = new LinkedHashMap<String, List<String>>();
		for (EnumTypeDefinition definition : registry.getTypes(EnumTypeDefinition.class)) {
			enums.put(definition.getName(),
					definition.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList());
		}
		return enums;
	}
}
