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
					return tester.mutate().headers(headers -> headers.setBasicAuth("admin", "demo")).build();
				}
				return bean;
			}
		};
	}
}
