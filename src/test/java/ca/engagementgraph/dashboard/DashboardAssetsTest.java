package ca.engagementgraph.dashboard;

import java.util.regex.Pattern;

import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard and GraphiQL come from the service itself: nothing is loaded from another site at run time. */
@GraphIntegrationTest
class DashboardAssetsTest {

	private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"#]+)\"");

	@LocalServerPort
	int port;

	@Test
	void theDashboardAndEveryAssetItNamesAreServedWithoutSigningIn() {
		var client = RestClient.create("http://localhost:" + port + "/");
		String page = client.get().uri("/").retrieve().body(String.class);
		assertThat(page).contains("<main id=\"main\"");
		var assets = ASSET.matcher(page).results().map(m -> m.group(1)).toList();
		assertThat(assets).isNotEmpty().noneMatch(asset -> asset.contains("//"));
		for (String asset : assets) {
			assertThat(client.get().uri("/" + asset).retrieve().toBodilessEntity().getStatusCode())
				.as(asset).isEqualTo(HttpStatus.OK);
		}
		assertThat(client.get().uri("/ui-queries/gap-by-country.graphql").retrieve().body(String.class))
			.contains("leveragingCoverage");
		assertThat(client.get().uri("/dashboard/sign-in").retrieve().body(String.class)).contains("basic");
	}

	@Test
	void theDashboardAndGraphiqlCarryAStrictContentSecurityPolicyAndSendNoReferrer() {
		var client = RestClient.builder().baseUrl("http://localhost:" + port)
			.defaultHeaders(headers -> headers.setBasicAuth("analyst", "demo")).build();
		for (String path : new String[] { "/", "/graphiql?path=/graphql" }) {
			var page = client.get().uri(path).retrieve().toEntity(String.class);
			String policy = page.getHeaders().getFirst("Content-Security-Policy");
			assertThat(policy).as(path).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
					"object-src 'none'", "frame-ancestors 'none'")
				.doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
			assertThat(page.getHeaders().getFirst("Referrer-Policy")).as(path).isEqualTo("no-referrer");
			// What such a policy would refuse is not there: inline scripts, style elements, style attributes.
			assertThat(page.getBody()).as(path).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
				.doesNotContain("<style", "style=");
		}
	}

	@Test
	void graphiqlIsBundledToo() {
		var client = RestClient.builder().baseUrl("http://localhost:" + port)
			.defaultHeaders(headers -> headers.setBasicAuth("analyst", "demo")).build();
		String page = client.get().uri("/graphiql?path=/graphql").retrieve().body(String.class);
		var assets = ASSET.matcher(page).results().map(m -> m.group(1)).toList();
		assertThat(assets).isNotEmpty().allMatch(asset -> asset.startsWith("/webjars/") || asset.startsWith("/app/"));
		for (String asset : assets) {
			assertThat(client.get().uri(asset).retrieve().toBodilessEntity().getStatusCode()).as(asset).isEqualTo(HttpStatus.OK);
		}
	}
}
