/**
 * The country page in one read: a country with its missions, authorities, projects, meetings and sources, answered by
 * one statement whenever the client's selection lies within it, instead of a statement per field.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "api", "api :: read", "model", "country" })
package ca.engagementgraph.profile;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
