/**
 * Capacity-building projects and their results; also serves the project fields of the reference types it builds on
 * (countries, authorities, units, partners, envelopes, priority areas, outcomes).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "api", "api :: read", "country", "department", "model", "partner", "program" })
package ca.engagementgraph.project;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
