/**
 * Meeting records (engagements), their key messages, actions and attendance; also serves the meeting fields of the
 * types it builds on (countries, missions, authorities, departments, units, partners, projects, results).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "api", "api :: read", "country", "department", "partner", "project" })
package ca.engagementgraph.engagement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
