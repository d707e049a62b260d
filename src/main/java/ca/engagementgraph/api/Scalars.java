package ca.engagementgraph.api;

import graphql.scalars.ExtendedScalars;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Dates as ISO strings, and 64-bit whole numbers for dollar amounts and counts. */
@Configuration(proxyBeanMethods = false)
class Scalars {

	@Bean
	RuntimeWiringConfigurer extendedScalars() {
		return wiring -> wiring.scalar(ExtendedScalars.Date).scalar(ExtendedScalars.DateTime).scalar(ExtendedScalars.GraphQLLong);
	}
}
