package ca.engagementgraph;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;

/**
 * Integration tests call the API as the demo's admin unless they say otherwise ({@link TestSupport#as}), since
 * everything but the health endpoint requires sign-in.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SignedInAsAdmin {

	@Bean
	static BeanPostProcessor signInTheGraphQlTester() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof HttpGraphQlTester tester) {
					// Generous on time: CI shares two cores, and a slow answer is not a wrong one (speed is the
					// benchmark's business, not the tests').
					return tester.mutate()
						.headers(headers -> headers.setBasicAuth("admin", "demo"))
						.responseTimeout(java.time.Duration.ofSeconds(60))
						.build();
				}
				return bean;
			}
		};
	}

	/**
	 * The HTTP client under the GraphQL tester has its own response timeout (5 s by default), which a loaded
	 * two-core machine exceeds: as generous as the tester's.
	 */
	@Bean
	org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer generousResponseTimeout() {
		return builder -> builder.responseTimeout(java.time.Duration.ofSeconds(60));
	}
}
