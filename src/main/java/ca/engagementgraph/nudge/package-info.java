/**
 * The nudge: tells coordinators, before the chance passes, that a result has waited too long while a planned meeting
 * that can raise it is near (WAIT_CROSSED), and after the fact that a meeting was held without raising what was put on
 * its agenda (AGENDA_MISSED). Live over a GraphQL subscription, and once a day as a digest per department through a
 * {@link ca.engagementgraph.nudge.Notifier} (logged, or e-mailed when SMTP is configured).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "api", "api :: read", "country", "database", "engagement", "language",
		"model", "project", "recording", "security" })
package ca.engagementgraph.nudge;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
