package ca.engagementgraph.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Each GraphQL document is parsed and validated once, not on every request: dashboards send the same few documents
 * (those of {@code ui-queries/}) again and again, and parsing and validating one costs as much CPU as answering a
 * small question. A document that failed (a syntax error, a rule broken, a limit passed) is never remembered, so
 * its errors are found again, in the reader's language, each time. Only small documents are remembered, and at most
 * {@link #MOST_REMEMBERED} of them.
 * <p>
 * With {@code engagement-graph.security.persisted-documents-only=true} the persisted documents take this role
 * (security's {@code PersistedDocuments}).
 */
@Component
@ConditionalOnProperty(name = "engagement-graph.security.persisted-documents-only", havingValue = "false",
		matchIfMissing = true)
class ParsedDocuments implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

	static final int MOST_REMEMBERED = 500;

	/** Larger documents are parsed each time: no dashboard document comes near it. */
	static final int LARGEST_REMEMBERED = 20_000;

	private record Key(String document, String operation) {
	}

	private final ConcurrentHashMap<Key, PreparsedDocumentEntry> parsed = new ConcurrentHashMap<>();

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String document = input.getQuery();
		if (document.length() > LARGEST_REMEMBERED) {
			return CompletableFuture.completedFuture(parseAndValidate.apply(input));
		}
		var key = new Key(document, String.valueOf(input.getOperationName()));
		PreparsedDocumentEntry entry = parsed.get(key);
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			if (!entry.hasErrors()) {
				if (parsed.size() >= MOST_REMEMBERED) {
					parsed.clear();
				}
				parsed.put(key, entry);
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	int remembered() {
		return parsed.size();
	}
}
