package ca.engagementgraph.dashboard;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard asks for what the service accepts: a password in the demo, an access token in production. */
class SignInMethodTest {

	@Test
	void theDemoAsksForAUserAndPassword() {
		var demo = new MockEnvironment();
		demo.setActiveProfiles("demo");
		assertThat(new SignInMethodController(demo).signInMethod()).containsEntry("method", "basic");
	}

	@Test
	void productionAsksForABearerToken() {
		var prod = new MockEnvironment();
		prod.setActiveProfiles("prod");
		assertThat(new SignInMethodController(prod).signInMethod()).containsEntry("method", "bearer");
	}
}
