package ca.engagementgraph.database;

import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema migrations run through the core Neo4j-Migrations library, not its Spring Boot starter (see
 * {@link GraphSchemaMigrations} for why): the starter's auto-configuration orders itself by Boot 3's class names,
 * which this Boot does not have, and every migration of {@code graph-schema/} is applied at startup.
 */
@GraphIntegrationTest
class GraphSchemaMigrationsTest {

	@Autowired
	Driver driver;

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
}
