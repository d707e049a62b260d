package ca.engagementgraph.database;

/** Work that needs the migrated graph before the service is useful, such as seeding an empty one. */
public interface GraphInitializer {

	void initialize();
}
