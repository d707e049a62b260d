/**
 * The leveraging questions: which results were never raised diplomatically, where and by whom; coverage, briefings,
 * dissemination gaps, TD timelines.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "api", "api :: read", "cooperation", "country", "department", "engagement", "language", "model", "partner", "program", "project" })
package ca.engagementgraph.leverage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
