package ca.engagementgraph.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphqlErrorBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * With {@code engagement-graph.security.persisted-documents-only=true}, only the documents of {@code ui-queries/}
 * run: a request names one by its file name ({@code extensions.documentId: "briefing-pack"}) or by the SHA-256 of
 * its text ({@code extensions.persistedQuery.sha256Hash}), with any placeholder as {@code query} (the HTTP layer
 * requires one), or sends a text identical to one of them. Anything else is refused before parsing, which takes
 * arbitrary queries off the table for dashboard deployments.
 */
@Component
@ConditionalOnProperty(name = "engagement-graph.security.persisted-documents-only", havingValue = "true")
class PersistedDocuments implements WebGraphQlInterceptor {

	private final Map<String, String> byId = new LinkedHashMap<>();
	private final Map<String, String> byHash = new LinkedHashMap<>();

	PersistedDocuments() throws IOException {
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:ui-queries/*.graphql")) {
			String text = resource.getContentAsString(StandardCharsets.UTF_8);
			String id = resource.getFilename().replace(".graphql", "");
			byId.put(id, text);
			byHash.put(sha256(text), text);
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Map<String, Object> extensions = request.getExtensions();
		String text = null;
		if (extensions.get("documentId") instanceof String id) {
			text = byId.get(id);
		}
		else if (extensions.get("persistedQuery") instanceof Map<?, ?> persisted
				&& ((Map<String, Object>) persisted).get("sha256Hash") instanceof String hash) {
			text = byHash.get(hash);
		}
		else if (request.getDocument() != null && byHash.containsKey(sha256(request.getDocument()))) {
			text = request.getDocument();
		}
		if (text == null) {
			var error = GraphqlErrorBuilder.newError()
				.message("Only the dashboard documents may run here: name one by documentId, or send its SHA-256 as "
						+ "persistedQuery.sha256Hash.")
				.extensions(Map.of("code", "PERSISTED_DOCUMENT_REQUIRED"))
				.build();
			var result = graphql.ExecutionResult.newExecutionResult().addError(error).build();
			return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
		}
		String document = text;
		request.configureExecutionInput((input, builder) -> builder.query(document).build());
		return chain.next(request);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	List<String> ids() {
		return List.copyOf(byId.keySet());
	}
}
