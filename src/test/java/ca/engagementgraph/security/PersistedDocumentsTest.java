package ca.engagementgraph.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/** In persisted-documents mode only the dashboard documents of ui-queries/ run, named by id or hash or sent as is. */
class PersistedDocumentsTest {

	private final PersistedDocuments persisted;

	PersistedDocumentsTest() throws Exception {
		persisted = new PersistedDocuments();
	}

	@Test
	void everyDashboardDocumentIsKnown() throws Exception {
		try (var files = Files.list(Path.of("ui-queries"))) {
			var ids = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".graphql"))
				.map(n -> n.replace(".graphql", "")).toList();
			assertThat(persisted.ids()).containsExactlyInAnyOrderElementsOf(ids);
		}
	}

	@Test
	void aDocumentNamedByIdOrHashOrSentVerbatimRuns() throws Exception {
		String text = Files.readString(Path.of("ui-queries/gap-by-country.graphql"), StandardCharsets.UTF_8);
		assertThat(passes(request("{ __typename }", Map.of("documentId", "gap-by-country")))).isEqualTo(text);
		assertThat(passes(request("{ __typename }", Map.of("persistedQuery", Map.of("sha256Hash", PersistedDocuments.sha256(text))))))
			.isEqualTo(text);
		assertThat(passes(request(text, Map.of()))).isEqualTo(text);
	}

	@Test
	void anyOtherDocumentIsRefusedBeforeItRuns() {
		assertThat(passes(request("{ countries { totalCount } }", Map.of()))).isNull();
		assertThat(passes(request("{ __typename }", Map.of("documentId", "no-such-panel")))).isNull();
	}

	@Test
	void aDashboardDocumentIsParsedAndValidatedOnceByGraphqlJavasPersistedQuerySupport() throws Exception {
		String text = Files.readString(Path.of("ui-queries/gap-by-country.graphql"), StandardCharsets.UTF_8);
		var provider = persisted.documentProvider();
		var parsed = new java.util.concurrent.atomic.AtomicInteger();
		java.util.function.Function<graphql.ExecutionInput, graphql.execution.preparsed.PreparsedDocumentEntry> parse = input -> {
			parsed.incrementAndGet();
			return new graphql.execution.preparsed.PreparsedDocumentEntry(graphql.parser.Parser.parse(input.getQuery()));
		};
		for (int request = 0; request < 3; request++) {
			var entry = provider.getDocumentAsync(graphql.ExecutionInput.newExecutionInput(text).build(), parse).join();
			assertThat(entry.hasErrors()).isFalse();
		}
		assertThat(parsed).as("three requests, one parse").hasValue(1);
	}

	/** The document that reaches execution, or null when the request was refused. */
	private String passes(WebGraphQlRequest request) {
		var executed = new AtomicReference<String>();
		WebGraphQlResponse response = persisted.intercept(request, next -> {
			executed.set(next.toExecutionInput().getQuery());
			return Mono.empty();
		}).block();
		if (response != null) {
			assertThat(response.getErrors()).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "PERSISTED_DOCUMENT_REQUIRED"));
		}
		return executed.get();
	}

	private static WebGraphQlRequest request(String document, Map<String, Object> extensions) {
		var body = new java.util.HashMap<String, Object>();
		body.put("query", document);
		body.put("extensions", extensions);
		return new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(), new LinkedMultiValueMap<>(),
				null, Map.of(), body, "1", Locale.ENGLISH);
	}
}
