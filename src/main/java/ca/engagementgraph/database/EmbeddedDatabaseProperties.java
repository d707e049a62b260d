package ca.engagementgraph.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how the in-process Neo4j runs when no external database URI is configured.
 *
 * @param enabled   {@code false} forces an external database even without a URI (tests against a container)
 * @param dataDir   the Neo4j home: store files and transaction logs live below it and survive restarts
 * @param boltPort  the Bolt port on 127.0.0.1 (0 picks a free one), so Neo4j Browser, cypher-shell or any
 *                  driver can reach the same graph
 * @param pageCache how much off-heap memory Neo4j may use to cache the store, e.g. {@code 512m}; {@code auto} (the
 *                  default) sizes it to the store on disk ({@link PageCacheSize})
 * @param boltPassword the password of user {@code neo4j} on the Bolt port, which always asks for one (else anyone on
 *                     the machine could read around the API's roles); required outside the demo profile, generated
 *                     and kept with the data by the demo when blank ({@link BoltPassword})
 */
@ConfigurationProperties("engagement-graph.embedded")
record EmbeddedDatabaseProperties(
		@DefaultValue("true") boolean enabled,
		@DefaultValue("./data") Path dataDir,
		@DefaultValue("7687") int boltPort,
		@DefaultValue("auto") String pageCache,
		@DefaultValue("") String boltPassword) {

	EmbeddedDatabaseProperties withBoltPassword(String password) {
		return new EmbeddedDatabaseProperties(enabled, dataDir, boltPort, pageCache, password);
	}
}
