package ca.engagementgraph.api;

import java.util.Map;
import java.util.stream.Collectors;

import graphql.execution.MergedField;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A page counts its total only when asked, however the client's document spells the question. */
class AskedFieldsTest {

	@Test
	void aTotalAskedRightUnderTheListIsAsked() {
		assertThat(AskedFields.asks(countries("{ countries { totalCount nodes { iso2 } } }"), "totalCount")).isTrue();
	}

	@Test
	void aTotalAskedThroughANamedOrAnInlineFragmentIsAsked() {
		assertThat(AskedFields.asks(countries("""
				{ countries { ...Page } }
				fragment Page on CountryConnection { nodes { iso2 } ...Counted }
				fragment Counted on CountryConnection { totalCount }"""), "totalCount")).isTrue();
		assertThat(AskedFields.asks(countries("{ countries { ... on CountryConnection { totalCount } } }"), "totalCount"))
			.isTrue();
	}

	@Test
	void aTotalAskedOnlyDeeperOrUnderAnotherListIsNotAsked() {
		assertThat(AskedFields.asks(countries("""
				{ countries { nodes { projects { totalCount } } } other: missions { totalCount } }"""), "totalCount"))
			.isFalse();
	}

	@Test
	void anAliasDoesNotHideTheField() {
		assertThat(AskedFields.asks(countries("{ countries { all: totalCount } }"), "totalCount")).isTrue();
	}

	@Test
	void aNestedListListsTheMostAnyOfItsSelectionsAsksForLiterallyOrThroughAVariable() {
		String document = """
				query ($n: Int) { missedOpportunities { nodes {
				  couldHaveRaised(first: 3) { code } more: couldHaveRaised(first: $n) { code } } } }""";

		assertThat(AskedFields.largestPage(field(document, Map.of("n", 12)), null, "couldHaveRaised", 5)).isEqualTo(12);
		assertThat(AskedFields.largestPage(field(document, Map.of()), null, "couldHaveRaised", 5))
			.as("a variable not given leaves the schema's default").isEqualTo(5);
	}

	@Test
	void aNestedListNotAskedForListsNothing() {
		assertThat(AskedFields.largestPage(countries("{ missedOpportunities { totalCount } }"), null, "couldHaveRaised", 5))
			.isZero();
	}

	@Test
	void aListAskedUnderItsParentCountsOnlyThere() {
		String document = """
				{ tdTimeline { quarters { ...Meetings } engagements(first: 50) { code } } }
				fragment Meetings on TdQuarter { engagements(first: 2) { code } }""";

		assertThat(AskedFields.largestPage(countries(document), "quarters", "engagements", 10)).isEqualTo(2);
	}

	@Test
	void aSelectionIsWithinPathsWhenEveryFieldAtEveryDepthIsOneOfThemFragmentsReadThrough() {
		var paths = java.util.Set.of("iso2", "missions", "missions/code", "missions/locatedIn", "missions/locatedIn/iso2");
		assertThat(AskedFields.within(countries("""
				{ country { iso2 __typename ...Missions } }
				fragment Missions on Country { missions { code ... on Mission { locatedIn { iso2 } } } }"""), paths))
			.isTrue();
		assertThat(AskedFields.within(countries("{ country { iso2 missions { code city } } }"), paths))
			.as("a field beyond the paths").isFalse();
		assertThat(AskedFields.within(countries("{ country { iso2 missions { locatedIn { iso3 } } } }"), paths))
			.as("a field beyond the paths, deeper").isFalse();
	}

	@Test
	void anAliasOrADirectiveTakesASelectionOutOfThePaths() {
		var paths = java.util.Set.of("iso2", "missions", "missions/code");
		assertThat(AskedFields.within(countries("{ country { code: iso2 } }"), paths)).isFalse();
		assertThat(AskedFields.within(countries("{ country { iso2: iso2 } }"), paths)).as("its own name").isTrue();
		assertThat(AskedFields.within(countries("{ country { iso2 @include(if: true) } }"), paths)).isFalse();
		assertThat(AskedFields.within(countries("{ country { ... @skip(if: false) { iso2 } } }"), paths)).isFalse();
		assertThat(AskedFields.within(countries("""
				{ country { ...Code } }
				fragment Code on Country @include(if: true) { iso2 }"""), paths)).isFalse();
	}

	@Test
	void pageSizesAreValidWhenNoneIsOutOfRangeLiterallyOrThroughAVariable() {
		String document = "query ($n: Int) { country { engagements(first: $n) { code } projects(first: 5) { code } } }";
		assertThat(AskedFields.pageSizesValid(field(document, Map.of("n", 100)), "engagements")).isTrue();
		assertThat(AskedFields.pageSizesValid(field(document, Map.of()), "engagements")).as("not given").isTrue();
		assertThat(AskedFields.pageSizesValid(field(document, Map.of("n", 101)), "engagements")).isFalse();
		assertThat(AskedFields.pageSizesValid(field(document, Map.of("n", -1)), "engagements")).isFalse();
		assertThat(AskedFields.pageSizesValid(countries("{ country { projects(first: 500) { code } } }"), "projects"))
			.isFalse();
		assertThat(AskedFields.pageSizesValid(countries("{ country { projects(first: null) { code } } }"), "projects"))
			.isTrue();
	}

	private static DataFetchingEnvironment countries(String document) {
		return field(document, Map.of());
	}

	/** The environment of the document's first field, as graphql-java hands it to that field's fetcher. */
	private static DataFetchingEnvironment field(String document, Map<String, Object> variables) {
		Document parsed = Parser.parse(document);
		var operation = parsed.getDefinitionsOfType(OperationDefinition.class).getFirst();
		var first = (Field) operation.getSelectionSet().getSelections().getFirst();
		Map<String, FragmentDefinition> fragments = parsed.getDefinitionsOfType(FragmentDefinition.class).stream()
			.collect(Collectors.toMap(FragmentDefinition::getName, fragment -> fragment));
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.mergedField(MergedField.newMergedField(first).build())
			.fragmentsByName(fragments)
			.variables(variables)
			.build();
	}
}
