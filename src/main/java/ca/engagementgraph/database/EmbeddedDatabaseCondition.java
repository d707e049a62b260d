package ca.engagementgraph.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** The embedded database starts only when nobody pointed the service at an external one. */
class EmbeddedDatabaseCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		var environment = context.getEnvironment();
		boolean externalUriConfigured = StringUtils.hasText(environment.getProperty("spring.neo4j.uri"));
		boolean embeddedEnabled = environment.getProperty("engagement-graph.embedded.enabled", Boolean.class, true);
		return embeddedEnabled && !externalUriConfigured;
	}
}
