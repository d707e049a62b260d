package ca.engagementgraph.search;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.api.PageRequest;
import ca.engagementgraph.api.read.Visibility;
import ca.engagementgraph.api.read.GraphReader;
import org.jspecify.annotations.Nullable;
import ca.engagementgraph.api.PageSize;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SearchController {

	static final int MAX_TEXT_LENGTH = 200;

	/** Best full-text matches over names, titles, summaries and texts, both languages at once, that the reader may see. */
	static final String SEARCH = """
			CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node, score
			WHERE visible(node)
			RETURN node, score, labels(node)[0] AS type, coalesce(node.code, node.iso2) AS key
			ORDER BY score DESC, key
			LIMIT $first
			""";

	/**
	 * The same search once the eventually consistent index (V0020: commits do not wait for it) has applied every
	 * commit made before it, so that what was just recorded is found.
	 */
	static final String SEARCH_AFTER_PENDING_UPDATES = "CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()\n"
			+ SEARCH;

	private final Neo4jClient client;
	private final GraphReader graph;
	/**
	 * Null unless the database is this process's own, whose commits the listener sees (an external database, or reads
	 * sent through the driver by configuration): every search then waits for the index.
	 */
	private final @Nullable FullTextFreshness freshness;

	SearchController(Neo4jClient client, GraphReader graph, ObjectProvider<FullTextFreshness> freshness) {
		this.client = client;
		this.graph = graph;
		this.freshness = graph.readsInProcess() ? freshness.getIfAvailable() : null;
	}

	record SearchHit(double score, String type, String key, Object node) {
	}

	@QueryMapping
	List<SearchHit> search(@Argument @SearchWords @SearchLength String text, @Argument @PageSize @Nullable Integer first) {
		String query = LuceneQuery.matchingAllWords(text);
		int size = PageRequest.sizeOf(first);
		long commits = freshness == null ? 0 : freshness.commitsSoFar();
		boolean mayLag = freshness == null || freshness.mayLag(commits);
		var hits = List.copyOf(client.query(Visibility.expand(mayLag ? SEARCH_AFTER_PENDING_UPDATES : SEARCH))
			.bindAll(Visibility.withClearance(Map.of("query", query, "first", size)))
			.fetchAs(SearchHit.class)
			.mappedBy((ts, row) -> new SearchHit(row.get("score").asDouble(), row.get("type").asString(),
					row.get("key").asString(), graph.mapAny(ts, row.get("node"))))
			.all());
		if (mayLag && freshness != null) {
			freshness.applied(commits);
		}
		return hits;
	}

	/** Turns what a person typed into a Lucene query that cannot be malformed: every word, escaped, required. */
	static final class LuceneQuery {

		private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

		private LuceneQuery() {
		}

		/** {@code text} holds a word and is not too long: its constraints ({@link SearchWords}, ...) said so. */
		static String matchingAllWords(String text) {
			var words = text.strip().split("\\s+");
			var query = new StringBuilder();
			for (String word : words) {
				var escaped = new StringBuilder();
				for (char c : word.toCharArray()) {
					if (SPECIAL.indexOf(c) >= 0) {
						escaped.append('\\');
					}
					escaped.append(c);
				}
				String term = escaped.toString();
				if (term.equals("AND") || term.equals("OR") || term.equals("NOT")) {
					term = term.toLowerCase(java.util.Locale.ROOT);
				}
				if (!query.isEmpty()) {
					query.append(' ');
				}
				// A trailing wildcard lets "regist" find "registration"; the word itself must be present.
				query.append('+').append('(').append(term).append(' ').append(term).append('*').append(')');
			}
			return query.toString();
		}
	}
}
