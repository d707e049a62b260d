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
import java.util.Optional;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.persisted.InMemoryPersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.execution.GraphQlSource;
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
 * <p>
 * The documents are graphql-java's persisted queries: an {@link InMemoryPersistedQueryCache} keyed by their SHA-256
 * holds them, and {@link DashboardDocuments}, graphql-java's {@link PersistedQuerySupport} as the engine's
 * {@code PreparsedDocumentProvider}, parses and validates each once and reuses it for every later request. This
 * interceptor is the gate in front of it: it resolves the names and refuses the rest with
 * {@code PERSISTED_DOCUMENT_REQUIRED}, where graphql-java alone would run any document that names none (and register
 * an unknown hash from the text sent with it, as automatic persisted queries do).
 */
@Component
@ConditionalOnProperty(name = "engagement-graph.security.persisted-documents-only", havingValue = "true")
class PersistedDocuments implements WebGraphQlInterceptor, GraphQlSourceBuilderCustomizer {

	private final Map<String, String> byId = new LinkedHashMap<>();
	private final InMemoryPersistedQueryCache documents;

	PersistedDocuments() throws IOException {
		var byHash = new LinkedHashMap<Object, String>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:ui-queries/*.graphql")) {
			String text = resource.getContentAsString(StandardCharsets.UTF_8);
			String id = resource.getFilename().replace(".graphql", "");
			byId.put(id, text);
			byHash.put(sha256(text), text);
		}
		this.documents = new InMemoryPersistedQueryCache(byHash);
	}

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documentProvider()));
	}

	/** The engine's source of parsed documents: the dashboard documents, each parsed and validated once. */
	PersistedQuerySupport documentProvider() {
		return new DashboardDocuments(documents);
	}

	/**
	 * graphql-java's persisted-query support over the dashboard documents: a request whose text is one of them
	 * (the gate has put it there) is identified by its SHA-256 and gets the document parsed and validated once.
	 */
	static final class DashboardDocuments extends PersistedQuerySupport {

		private final InMemoryPersistedQueryCache documents;

		DashboardDocuments(InMemoryPersistedQueryCache documents) {
			super(documents);
			this.documents = documents;
		}

		@Override
		protected Optional<Object> getPersistedQueryId(ExecutionInput input) {
			String hash = input.getQuery() == null ? null : sha256(input.getQuery());
			return hash != null && documents.getKnownQueries().containsKey(hash) ? Optional.of(hash) : Optional.empty();
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
			text = documents.getKnownQueries().get(hash);
		}
		else if (request.getDocument() != null && documents.getKnownQueries().containsKey(sha256(request.getDocument()))) {
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
