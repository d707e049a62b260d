package ca.engagementgraph.database;

import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The schema migrations run through the core Neo4j-Migrations library, not its Spring Boot starter (see
 * {@link GraphSchemaMigrations} for why): the starter's auto-configuration orders itself by Boot 3's class names,
 * which this Boot does not have, and every migration of {@code graph-schema/} is applied at startup.
 */
@GraphIntegrationTest
class GraphSchemaMigrationsTest {

	@Autowired
	Driver driver;

	@Autowired
	GraphSchemaMigrations migrations;

	@Autowired
	ObjectProvider<EmbeddedDatabase> embedded;

	@Test
	void theStartersBoot3OrderingNamesNoClassOfThisBootSoItCouldNotFollowTheDriver() {
		ClassLoader loader = getClass().getClassLoader();
		assertThat(ClassUtils.isPresent("org.springframework.boot.autoconfigure.neo4j.Neo4jAutoConfiguration", loader))
			.as("Boot 3's Neo4jAutoConfiguration, after which the starter orders itself").isFalse();
		assertThat(ClassUtils.isPresent("org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration", loader))
			.as("Boot 4's").isTrue();
		assertThat(ClassUtils.isPresent(
				"ac.simons.neo4j.migrations.springframework.boot.autoconfigure.MigrationsAutoConfiguration", loader))
			.as("the starter is not on the classpath: nothing would run the migrations twice").isFalse();
	}

	@Test
	void everyMigrationOfTheGraphSchemaFolderIsAppliedAtStartup() {
		long files = GraphSchemaMigrations.scan(java.util.List.of("classpath:graph-schema")).size();
		long applied = driver.executableQuery("""
				MATCH (:__Neo4jMigration)-[r:MIGRATED_TO]->(:__Neo4jMigration) RETURN count(r) AS n
				""").execute().records().getFirst().get("n").asLong();
		assertThat(files).isPositive();
		assertThat(applied).isEqualTo(files);
	}

	/**
	 * The graph the tests start from was migrated from nothing (the packaged demo store, built by the same start): V0003
	 * found the placeholder's name taken, and the search index is V0020's, over the public labels and eventually
	 * consistent.
	 */
	@Test
	void theSearchIndexIsV0020sWhateverV0003Found() {
		// What V0003 met on a graph migrated from nothing, the other way round: a full-text index of the same name over
		// other labels is left as it is, without an error.
		driver.executableQuery(GraphSchemaMigrations.SEARCH_INDEX_PLACEHOLDER).execute();
		var index = driver.executableQuery("""
				SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options WHERE name = 'search_text'
				RETURN labelsOrTypes, properties, options.indexConfig AS config
				""").execute().records();
		assertThat(index).singleElement().satisfies(row -> {
			assertThat(row.get("labelsOrTypes").asList(org.neo4j.driver.Value::asString)).contains("Country", "Result",
					"Engagement", "KeyMessage").doesNotContain("__SearchIndexPlaceholder");
			assertThat(row.get("properties").asList(org.neo4j.driver.Value::asString)).contains("nameEn", "summaryFr");
			assertThat(row.get("config").get("fulltext.eventually_consistent").asBoolean()).isTrue();
		});
	}

	@Test
	void migrationFilesAreNumberedByTheVersionInTheirName() throws Exception {
		var versions = GraphSchemaMigrations.versions(java.util.List.of(
				java.net.URI.create("file:/x/graph-schema/V0002__filter_and_sort_indexes.cypher").toURL(),
				java.net.URI.create("jar:file:/app.jar!/graph-schema/V0018__radar_days.cypher").toURL(),
				java.net.URI.create("file:/x/graph-schema/README.md").toURL()));
		assertThat(versions).containsExactly("0002", "0018");
	}

	@Test
	void aRestartWithEveryMigrationAppliedNeedsNoMigrationWhileAGraphMissingTheNewestOneGetsIt() {
		assumeTrue(embedded.getIfAvailable() != null, "the in-process check is the embedded database's");
		var newest = GraphSchemaMigrations.versions(GraphSchemaMigrations.scan(java.util.List.of("classpath:graph-schema")))
			.last();
		assertThat(embedded.getObject().appliedMigrations()).contains(newest);

		assertThat(migrations.apply()).isEqualTo(GraphSchemaMigrations.Checked.IN_PROCESS);

		// A graph that predates the newest migration (its record removed): the library applies it again.
		driver.executableQuery("MATCH (m:__Neo4jMigration {version: $version}) DETACH DELETE m")
			.withParameters(java.util.Map.of("version", newest)).execute();
		assertThat(embedded.getObject().appliedMigrations()).doesNotContain(newest);
		assertThat(migrations.apply()).isEqualTo(GraphSchemaMigrations.Checked.BY_THE_LIBRARY);
		assertThat(embedded.getObject().appliedMigrations()).contains(newest);
		assertThat(migrations.apply()).as("current again").isEqualTo(GraphSchemaMigrations.Checked.IN_PROCESS);
		everyMigrationOfTheGraphSchemaFolderIsAppliedAtStartup();
	}
}
