package ca.engagementgraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error response carries {@code extensions.code}: parse, validation, variable, depth, cost and limit errors,
 * and the HTTP refusals of requests that are not GraphQL at all (bad JSON, no query, GET, not JSON); each in the
 * client's language.
 */
@GraphIntegrationTest
class ErrorCodesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private record Answer(int status, JsonNode body) {

		List<String> codes() {
			var codes = new ArrayList<String>();
			body.path("errors").forEach(error -> codes.add(error.path("extensions").path("code").asString(null)));
			return codes;
		}

		String message() {
			return body.path("errors").path(0).path("message").asString("");
		}
	}

	private Answer post(String language, MediaType type, Object body) {
		var response = RestClient.builder().baseUrl("http://localhost:" + port)
			.defaultHeaders(headers -> {
				headers.setBasicAuth("viewer", "demo");
				headers.set("Accept-Language", language);
			})
			.defaultStatusHandler(HttpStatusCode::isError, (request, answer) -> {
			})
			.build()
			.post().uri("/graphql").contentType(type).body(body).retrieve().toEntity(String.class);
		return new Answer(response.getStatusCode().value(), JSON.readTree(response.getBody() == null ? "{}" : response.getBody()));
	}

	private Answer query(String language, String document) {
		return post(language, MediaType.APPLICATION_JSON, Map.of("query", document));
	}

	private static final String DEEP = "{ country(code: \"QM\") { projects { " + "results { project { ".repeat(7) + "code"
			+ " } }".repeat(7) + " } } }";

	private static final String COSTLY = "{ countries { nodes { engagements { attendance { participant { "
			+ "... on Department { engagements { code } } } } } } } }";

	@Test
	void everyGraphQlErrorCarriesACode() {
		Map<String, String> expected = Map.of(
				"query { ", "INVALID_SYNTAX",
				"{ nope }", "INVALID_DOCUMENT",
				"{ country(code: 5) { name } }", "INVALID_DOCUMENT",
				"{ engagements(filter: {from: \"2026-02-30\"}) { totalCount } }", "INVALID_DATE",
				"{ engagements(first: 500) { totalCount } }", "INVALID_PAGE_SIZE",
				DEEP, "QUERY_TOO_DEEP",
				COSTLY, "QUERY_TOO_COSTLY",
				"{ " + "__typename ".repeat(12) + "}", "FIELD_REPEATED",
				"{ tdStats(first: 0) { totalCount } }", "REDACTED");
		expected.forEach((document, code) -> {
			Answer answer = query("en", document);
			assertThat(answer.codes()).as(document).isNotEmpty().allMatch(code::equals);
		});
		Answer variable = post("en", MediaType.APPLICATION_JSON, Map.of("query", "query($n: Int) { engagements(first: $n) { totalCount } }",
				"variables", Map.of("n", "many")));
		assertThat(variable.codes()).containsExactly("INVALID_VARIABLE");
	}

	@Test
	void aRequestThatIsNotGraphQlIsAnsweredWithACodeToo() {
		Answer malformed = post("en", MediaType.APPLICATION_JSON, "{\"query\": ");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.codes()).containsExactly("MALFORMED_REQUEST");
		Answer noQuery = post("en", MediaType.APPLICATION_JSON, "{\"variables\": {}}");
		assertThat(noQuery.status()).isEqualTo(400);
		assertThat(noQuery.codes()).containsExactly("MALFORMED_REQUEST");
		Answer notAnObject = post("en", MediaType.APPLICATION_JSON, "[1, 2]");
		assertThat(notAnObject.codes()).containsExactly("MALFORMED_REQUEST");
		Answer text = post("en", MediaType.TEXT_PLAIN, "{ __typename }");
		assertThat(text.status()).isEqualTo(415);
		assertThat(text.codes()).containsExactly("UNSUPPORTED_MEDIA_TYPE");
		var get = RestClient.builder().baseUrl("http://localhost:" + port)
			.defaultHeaders(headers -> headers.setBasicAuth("viewer", "demo"))
			.defaultStatusHandler(HttpStatusCode::isError, (request, answer) -> {
			})
			.build().get().uri("/graphql?query={q}", "{ __typename }").retrieve().toEntity(String.class);
		assertThat(get.getStatusCode().value()).isEqualTo(405);
		assertThat(JSON.readTree(get.getBody()).path("errors").path(0).path("extensions").path("code").asString())
			.isEqualTo("METHOD_NOT_ALLOWED");
	}

	@Test
	void errorsAreWrittenInTheClientsLanguage() {
		assertThat(query("fr", "query { ").message()).startsWith("Syntaxe invalide");
		assertThat(query("fr", "{ nope }").message()).contains("Erreur de validation", "le champ « nope » n'existe pas");
		assertThat(query("fr", "{ engagements(filter: {from: \"2026-02-30\"}) { totalCount } }").message())
			.contains("n'est pas une date qui existe");
		assertThat(query("fr", "{ engagements(first: 500) { totalCount } }").message()).contains("doit être compris entre");
		assertThat(query("fr", DEEP).message()).contains("niveaux");
		assertThat(query("fr", COSTLY).message()).contains("Demandez moins de rangées");
		assertThat(query("fr", "{ tdStats(first: 0) { totalCount } }").message()).contains("Protégé B");
		assertThat(query("fr", "{ unleveragedResults(country: \"ZZ\") { totalCount } }").message()).contains("Aucun pays");
		assertThat(post("fr", MediaType.APPLICATION_JSON, "{\"query\": ").message()).contains("JSON valide");
		assertThat(query("en", "{ nope }").message()).contains("Field 'nope' in type 'Query' is undefined");
		assertThat(query("fr-CA,fr;q=0.9,en;q=0.5", "{ nope }").message()).contains("Erreur de validation");
	}
}
