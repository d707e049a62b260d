package ca.engagementgraph.security;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The GraphQL endpoint refuses abusive documents and unsafe ways of calling it, each with a clear error. */
@GraphIntegrationTest
class HardenedEndpointTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@LocalServerPort
	int port;

	private RestClient client() {
		return RestClient.builder().baseUrl("http://localhost:" + port)
			.defaultHeaders(h -> h.setBasicAuth("admin", "demo"))
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
	}

	private String refusal(String document) {
		var messages = new java.util.ArrayList<String>();
		graphQl.document(document).execute().errors().satisfy(errors -> {
			assertThat(errors).isNotEmpty();
			errors.forEach(e -> messages.add(e.getMessage() + " " + e.getExtensions()));
		});
		return String.join(" | ", messages);
	}

	@Test
	void tooDeepADocumentIsRefused() {
		String deep = "{ country(code: \"QM\") { projects { " + "results { project { ".repeat(7) + "code" + " } }".repeat(7)
				+ " } } }";
		assertThat(refusal(deep)).containsIgnoringCase("depth");
	}

	@Test
	void graphiqlsIntrospectionQueryPassesEveryLimit() {
		// Spring Boot switches introspection on or off for the whole JVM (graphql-java's Introspection.enabledJvmWide),
		// and a production-profile context of this suite switches it off: on here, as the demo profile has it, and
		// back as it was after. 13 levels deep (the type references' ofType chain): under the depth limit, and cheap
		// by the cost estimate.
		boolean wasEnabled = graphql.introspection.Introspection.isEnabledJvmWide();
		graphql.introspection.Introspection.enabledJvmWide(true);
		try {
			var response = client().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("query", graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY))
				.retrieve().toEntity(String.class);
			assertThat(response.getStatusCode().value()).isEqualTo(200);
			var answer = tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.getBody());
			assertThat(answer.has("errors")).as("refused: %s", answer.path("errors")).isFalse();
			assertThat(answer.path("data").path("__schema").path("queryType").path("name").asString()).isEqualTo("Query");
		}
		finally {
			graphql.introspection.Introspection.enabledJvmWide(wasEnabled);
		}
	}

	@Test
	void tooManyAliasesOrDirectivesOrRepeatedFieldsAreRefused() {
		var aliases = new StringBuilder("{");
		for (int i = 0; i < 40; i++) {
			aliases.append(" a").append(i).append(": department(code: \"CBSA\") { code }");
		}
		assertThat(refusal(aliases + " }")).contains("aliases", "TOO_MANY_ALIASES");
		assertThat(refusal("{ __typename" + " @include(if: true)".repeat(25) + " }")).contains("TOO_MANY_DIRECTIVES");
		assertThat(refusal("{ " + "__typename ".repeat(12) + "}")).contains("FIELD_REPEATED");
	}

	@Test
	void tooCostlyADocumentIsRefused() {
		String wide = "countries(first: 100) { nodes { missions { code name } authorities { code name } projects { code title "
				+ "results { code summary } } engagements { code date summary } } }";
		var document = new StringBuilder("{");
		for (int i = 0; i < 25; i++) {
			document.append(" c").append(i).append(": ").append(wide);
		}
		assertThat(refusal(document + " }")).contains("QUERY_TOO_COSTLY", "limit of 50,000");
	}

	@Test
	void tooManyTokensOrTooLargeABodyAreRefused() {
		String huge = "{ search(text: \"" + "a".repeat(300_000) + "\") { type } }";
		var response = client().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).body(Map.of("query", huge))
			.retrieve().toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(413);
		assertThat(response.getBody()).contains("REQUEST_TOO_LARGE");
		String tooManyTokens = "query q(" + "$v: Int ".repeat(8000) + ") { __typename }";
		assertThat(refusal(tooManyTokens)).containsIgnoringCase("token");
	}

	@Test
	void anUploadLargerThanTheLimitIsRefusedBeforeItIsRead() {
		var body = new org.springframework.util.LinkedMultiValueMap<String, Object>();
		body.add("files", new org.springframework.core.io.ByteArrayResource(new byte[51 * 1024 * 1024]) {
			@Override
			public String getFilename() {
				return "huge.csv";
			}
		});
		var response = client().post().uri("/imports").header("X-Requested-By", "test")
			.contentType(MediaType.MULTIPART_FORM_DATA).body(body).retrieve().toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(413);
	}

	@Test
	void batchesOfOperationsAreNotAccepted() {
		var response = client().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
			.body(List.of(Map.of("query", "{ __typename }"), Map.of("query", "{ __typename }"))).retrieve().toEntity(String.class);
		assertThat(response.getStatusCode().is4xxClientError()).isTrue();
	}

	@Test
	void queriesAndMutationsOverGetAndCrossSiteFormPostsAreRefused() {
		var get = client().get().uri("/graphql?query={query}", "{ __typename }").retrieve().toEntity(String.class);
		assertThat(get.getStatusCode().is4xxClientError()).as("GET").isTrue();
		var mutationOverGet = client().get().uri("/graphql?query={query}", "mutation { cancelEngagement(input: {code: \"X\", version: 1}) { errors { code } } }")
			.retrieve().toEntity(String.class);
		assertThat(mutationOverGet.getStatusCode().is4xxClientError()).as("mutation over GET").isTrue();
		var form = client().post().uri("/graphql").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("query=%7B__typename%7D").retrieve().toEntity(String.class);
		assertThat(form.getStatusCode().value()).as("form post").isEqualTo(415);
		var text = client().post().uri("/graphql").contentType(MediaType.TEXT_PLAIN).body("{ __typename }")
			.retrieve().toEntity(String.class);
		assertThat(text.getStatusCode().value()).as("text/plain post").isEqualTo(415);
		var upload = RestClient.builder().baseUrl("http://localhost:" + port).defaultHeaders(h -> h.setBasicAuth("admin", "demo"))
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			}).build().post().uri("/imports").contentType(MediaType.MULTIPART_FORM_DATA)
			.body(new org.springframework.util.LinkedMultiValueMap<>(Map.of("files", List.of("x")))).retrieve().toEntity(String.class);
		assertThat(upload.getStatusCode().value()).as("upload without the anti-forgery header").isEqualTo(403);
	}

	@Test
	void errorsCarryACodeAndNeverAStackTraceClassNameOrCypher() {
		var bodies = new java.util.ArrayList<String>();
		for (String document : List.of("{ nope }", "{ country(code: 5) { name } }", "{ country(code: \"QM\") { name(lang: XX) } }",
				"{ unleveragedResults(country: \"ZZ\") { totalCount } }", "{ engagements(after: \"garbage\") { totalCount } }",
				"query { ", "{ search(text: \"\\\"\") { type } }")) {
			bodies.add(client().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).body(Map.of("query", document))
				.retrieve().body(String.class));
		}
		assertThat(bodies).allSatisfy(body -> assertThat(body).doesNotContain("Exception", "at ca.", "at org.", "MATCH (",
				"java.", "neo4j.driver", "Cypher"));
	}
}
