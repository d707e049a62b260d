/**
 * The dashboard web pages and their sign-in method.
 */
@ApplicationModule(allowedDependencies = { "security" })
package ca.engagementgraph.dashboard;

import org.springframework.modulith.ApplicationModule;
