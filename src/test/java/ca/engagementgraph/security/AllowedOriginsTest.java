package ca.engagementgraph.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** Which web pages may open a WebSocket: the service's own, and those an operator lists; nobody else's. */
class AllowedOriginsTest {

	@Test
	void theServicesOwnPagesAndTheListedOriginsOnly() {
		var environment = new MockEnvironment().withProperty("local.server.port", "8123")
			.withProperty(AllowedOrigins.PROPERTY, " https://browser.neo4j.io/ , https://Tools.Example.org");
		var origins = AllowedOrigins.from(environment);
		assertThat(origins.allows("http://localhost:8123")).isTrue();
		assertThat(origins.allows("http://127.0.0.1:8123")).isTrue();
		assertThat(origins.allows("https://browser.neo4j.io")).isTrue();
		assertThat(origins.allows("https://tools.example.org")).isTrue();

		assertThat(origins.allows("http://localhost:8124")).as("another local service").isFalse();
		assertThat(origins.allows("https://attacker.example")).isFalse();
		assertThat(origins.allows("null")).as("a sandboxed page or a local file").isFalse();
		assertThat(origins.allows("https://browser.neo4j.io.attacker.example")).isFalse();
	}

	@Test
	void noneButTheServicesOwnUnlessAnOperatorListsThem() {
		var origins = AllowedOrigins.from(new MockEnvironment().withProperty("server.port", "8080"));
		assertThat(origins.listed()).isEmpty();
		assertThat(origins.allows("http://localhost:8080")).isTrue();
		assertThat(origins.allows("https://browser.neo4j.io")).isFalse();
	}
}
