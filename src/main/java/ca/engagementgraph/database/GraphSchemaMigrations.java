package ca.engagementgraph.database;

import java.util.List;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Brings the database schema (constraints, indexes, full-text index) up to the migrations in
 * {@code graph-schema/}, which the build puts on the classpath. {@link GraphStartup} runs it before the service
 * accepts requests (or, when an external database is down at startup, as soon as it is reachable).
 * <p>
 * Why the core library and not the Neo4j-Migrations Spring Boot starter (checked 2026-12 against 2.17.3, the
 * version used here, and 2.19.2, the newest released):
 * <ul>
 * <li>The starter does not resolve: its parent POM ({@code neo4j-migrations-spring-boot-starter-parent}) is absent from
 * the Maven repository this project builds from, for every 2.x version, so Maven cannot read the starter's or its
 * autoconfigure module's dependencies.</li>
 * <li>It is built for Boot 3 (3.4.5): its {@code MigrationsAutoConfiguration} orders itself after
 * {@code org.springframework.boot.autoconfigure.neo4j.Neo4jAutoConfiguration} and before
 * {@code org.springframework.boot.autoconfigure.data.neo4j.Neo4jDataAutoConfiguration}, classes Boot 4 moved to
 * {@code org.springframework.boot.neo4j.autoconfigure} and {@code org.springframework.boot.data.neo4j.autoconfigure}.
 * Names that do not exist order nothing, so its {@code @ConditionalOnBean(Driver.class)} would be evaluated before
 * the driver is defined and the migrations would silently not run.</li>
 * <li>Its {@code MigrationsInitializer} runs in {@code afterPropertiesSet}, at bean creation: an external database
 * that is down at startup would stop the service, where {@link GraphStartup} starts it and retries.</li>
 * </ul>
 * {@code GraphSchemaMigrationsTest} checks the second point against the Boot on the classpath and that the
 * migrations ran; revisit when a Boot 4 release of the starter resolves.
 */
@Component
class GraphSchemaMigrations {

	private static final Logger log = LoggerFactory.getLogger(GraphSchemaMigrations.class);

	static final String LOCATION = "graph-schema";

	/** A migration file's name: {@code V<version>__<description>.cypher}. */
	private static final java.util.regex.Pattern VERSIONED = java.util.regex.Pattern.compile("^V(.+?)__.*");

	/**
	 * V0003 creates the full-text index that V0020 replaces (an index's options cannot be altered). On a graph that no
	 * migration has touched yet, V0003's index would be built over every node only for V0020 to drop it:
	 * a store fresh from the offline importer at scale L spent about 26 s of a core on it while the other migrations
	 * ran. An index of the same name, over a label nothing carries, created first, makes V0003's
	 * {@code CREATE ... IF NOT EXISTS} find its name taken and do nothing; V0020 then drops it and creates its own, as on
	 * any graph. The migration files are unchanged (their checksums are recorded in the graph). Embedded only: the
	 * offline importer writes the embedded database's store.
	 */
	static final String SEARCH_INDEX_PLACEHOLDER = """
			CREATE FULLTEXT INDEX search_text IF NOT EXISTS FOR (n:__SearchIndexPlaceholder) ON EACH [n.none]""";

	private final Driver driver;
	private final @Nullable EmbeddedDatabase embedded;

	GraphSchemaMigrations(Driver driver, ObjectProvider<EmbeddedDatabase> embedded) {
		this.driver = driver;
		this.embedded = embedded.getIfAvailable();
	}

	/**
	 * Finds the migration files with Spring's resolver. The library's default scanner (ClassGraph) opens every jar
	 * of the classpath, nested ones included, at every start of the packaged service.
	 */
	static java.util.List<java.net.URL> scan(java.util.List<String> locations) {
		// One file per name: a classpath can show the same folder twice (a jar and its directory).
		var urls = new java.util.TreeMap<String, java.net.URL>();
		var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
		try {
			for (String location : locations) {
				String folder = location.replaceFirst("^classpath\\*?:", "").replaceAll("^/+|/+$", "");
				for (var resource : resolver.getResources("classpath*:" + folder + "/*.cypher")) {
					urls.putIfAbsent(resource.getFilename(), resource.getURL());
				}
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException("The graph-schema migrations could not be listed", ex);
		}
		return java.util.List.copyOf(urls.values());
	}

	/** The versions of migration files named {@code V<version>__<description>.cypher}. */
	static java.util.SortedSet<String> versions(List<java.net.URL> migrations) {
		var versions = new java.util.TreeSet<String>();
		for (var url : migrations) {
			String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
			var matcher = VERSIONED.matcher(name);
			if (matcher.matches()) {
				versions.add(matcher.group(1));
			}
		}
		return versions;
	}

	/**
	 * Applies the migrations not applied yet; a no-op when the schema is current. On the embedded database a restart
	 * whose migrations are all applied already (the same versions on the classpath as in the graph) is recognised in
	 * process, without the library: its check (lock, chain, checksums, a dozen statements over Bolt, each compiled
	 * cold) was 3-4 s of a 13 s restart on two cores. Any difference in versions, and every start on an external
	 * database, goes through the library, which then also verifies the checksums of the migrations applied before.
	 */
	Checked apply() {
		if (embedded != null) {
			var expected = versions(scan(List.of("classpath:" + LOCATION)));
			var applied = embedded.appliedMigrations();
			applied.remove("BASELINE");
			if (!expected.isEmpty() && expected.equals(applied)) {
				log.info("Graph schema is at version {} (every migration applied)", expected.last());
				return Checked.IN_PROCESS;
			}
			if (applied.isEmpty()) {
				try (var session = driver.session()) {
					session.run(SEARCH_INDEX_PLACEHOLDER).consume();
				}
			}
		}
		var config = MigrationsConfig.builder()
			.withLocationsToScan("classpath:" + LOCATION)
			.withPackagesToScan()
			.withInstalledBy("engagement-graph")
			.withResourceScanner(GraphSchemaMigrations::scan)
			// A data migration (V0005 classifies every record) runs as long as the graph is large, in batches; the
			// request timeout of the embedded database must not cut it.
			.withTransactionTimeout(java.time.Duration.ofHours(2))
			.build();
		var migrations = new Migrations(config, driver);
		migrations.apply().ifPresentOrElse(
				version -> log.info("Graph schema is at version {}", version.getValue()),
				() -> log.warn("No graph-schema migrations were found on the classpath"));
		return Checked.BY_THE_LIBRARY;
	}

	/** How the schema was found current: in process (nothing to apply), or by Neo4j-Migrations (which applied any). */
	enum Checked {
		IN_PROCESS, BY_THE_LIBRARY
	}
}
