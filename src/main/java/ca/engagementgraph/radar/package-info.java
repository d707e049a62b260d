/**
 * The opportunity radar: which results to raise at which planned meeting ahead, ranked by an explained score, the
 * results with no planned chance, and the meeting agendas coordinators accept suggestions onto.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "api", "api :: read", "audit", "country", "engagement", "language", "leverage", "model", "partner", "project", "recording", "security" })
package ca.engagementgraph.radar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
