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
				if (bean instanceof org.springframework.test.web.reactive.server.WebTestClient client) {
					// The client under the GraphQL tester has its own 5 s limit, which would win over the tester's.
					return client.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build();
				}
				if (bean instanceof HttpGraphQlTester tester) {
					// Generous on time: CI shares two cores, and a slow answer is not a wrong one (speed is the
					// benchmark's business, not the tests').
					return tester.mutate()
						.headers(headers -> headers.setBasicAuth("admin", "demo"))
						.responseTimeout(java.time.Duration.ofSeconds(60))
						// The HTTP client under the tester has its own limit (5 s by default): the same reasoning.
						.webTestClient(client -> client.responseTimeout(java.time.Duration.ofSeconds(60)))
						.build();
				}
				return bean;
			}
		};
	}

	/** An administrator without the Protected B clearance: the demo has none, production tokens may be so. */
	public static final String UNCLEARED_ADMIN = "root";

	@Bean
	static BeanPostProcessor addAnAdministratorWithoutClearance() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof org.springframework.security.provisioning.InMemoryUserDetailsManager users
						&& !users.userExists(UNCLEARED_ADMIN)) {
					users.createUser(org.springframework.security.core.userdetails.User.withUsername(UNCLEARED_ADMIN)
						.password("{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4).encode("demo"))
						.authorities("ROLE_ADMIN")
						.build());
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
