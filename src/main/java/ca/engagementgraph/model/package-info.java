/**
 * The graph model as data: node types, properties, relationships and the value lists (enums), the single source the
 * migrations, the GraphQL enums, the loaders and the queries follow. Depends on no other module.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package ca.engagementgraph.model;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
