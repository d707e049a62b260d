package ca.engagementgraph.api;

import graphql.scalars.ExtendedScalars;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Dates as ISO strings that must exist, and 64-bit whole numbers for dollar amounts and counts. */
@Configuration(proxyBeanMethods = false)
class Scalars {

	@Bean
	RuntimeWiringConfigurer extendedScalars() {
		return wiring -> wiring.scalar(StrictDate.DATE).scalar(ExtendedScalars.DateTime).scalar(ExtendedScalars.GraphQLLong);
	}
}
