/**
 * The graph model as data: node types, properties, relationships and the value lists (enums), the single source the
 * migrations, the GraphQL enums, the loaders and the queries follow. Depends on no other module.
 */
@ApplicationModule(allowedDependencies = {})
package ca.engagementgraph.model;

import org.springframework.modulith.ApplicationModule;
