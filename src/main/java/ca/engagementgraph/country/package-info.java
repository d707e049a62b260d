/**
 * Countries, their diplomatic missions and their authorities.
 */
@ApplicationModule(allowedDependencies = { "api", "api :: read", "model" })
package ca.engagementgraph.country;

import org.springframework.modulith.ApplicationModule;
