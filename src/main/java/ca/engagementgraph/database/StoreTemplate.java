package ca.engagementgraph.database;

import java.nio.file.Path;

/**
 * A store made ahead of time that an empty data directory starts from, instead of an empty graph that is then
 * migrated and loaded: the demo's, built when the service is packaged ({@code seed/DemoStore}). The embedded database
 * asks for it only when its data directory holds no store at all, so a graph anyone has written to is never replaced.
 */
public interface StoreTemplate {

	/**
	 * Puts the template's store under {@code home/data}, which does not exist yet, all at once (a start interrupted
	 * half-way leaves no store, not half of one).
	 *
	 * @return whether it did; false when this template does not apply (then the graph starts empty, as without one)
	 */
	boolean copyInto(Path home);
}
