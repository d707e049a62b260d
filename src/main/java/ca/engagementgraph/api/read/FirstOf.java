package ca.engagementgraph.api.read;

import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import ca.engagementgraph.api.PageRequest;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/**
 * A list field under a list with a {@code first} argument (a country's meetings, a mission's): batch-loaded, like a
 * {@code @BatchMapping}, but keyed by the source's key and the size asked, which a {@code @BatchMapping} cannot see.
 * A page of sources costs one query per distinct size asked (one, in practice), never one per source.
 */
public record FirstOf(String key, int first) {

	/** Registers the loader {@code name}: the first neighbours along {@code hop} of each source, by key. */
	public static <T> void register(BatchLoaderRegistry loaders, GraphReader graph, String name, Hop hop,
			Class<T> type) {
		loaders.<FirstOf, List<T>>forName(name).registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> {
			var lists = new HashMap<FirstOf, List<T>>();
			keys.stream().collect(Collectors.groupingBy(FirstOf::first)).forEach((first, sources) -> lists
				.putAll(graph.relatedFirst(hop, sources, FirstOf::key, first, type)));
			return lists;
		}));
	}

	/**
	 * The first {@code first} neighbours of the source with {@code key}, through loader {@code name}; a page when the
	 * client does not say ({@code first} is the field's {@code @PageSize} argument, its range checked by then).
	 */
	public static <T> CompletableFuture<List<T>> load(DataFetchingEnvironment env, String name, String key,
			@Nullable Integer first) {
		return env.<FirstOf, List<T>>getDataLoader(name)
			.load(new FirstOf(key, first == null ? PageRequest.MAX_PAGE_SIZE : first));
	}
}
