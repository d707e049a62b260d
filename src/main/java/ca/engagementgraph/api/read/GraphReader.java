package ca.engagementgraph.api.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.Cursor;
import ca.engagementgraph.language.Language;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.PageRequest;
import ca.engagementgraph.api.Today;
import ca.engagementgraph.database.InProcessQueries;
import ca.engagementgraph.model.DerivedConcepts;
import ca.engagementgraph.model.GraphModel;
import ca.engagementgraph.model.PropertySpec;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.TypeSystem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.mapping.Neo4jMappingContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way features read the graph for the API: a node by key, a page of a list, and the neighbours of many
 * nodes at once. Rows are mapped to the feature's records, chosen by label ({@link RecordMapping}; Spring Data
 * Neo4j's mapping for any record that is not flat).
 * Every method is one database round-trip (a page with its total is two, one for a question that writes its own
 * pages), whatever the number of rows.
 *
 * <p>Every query it runs gets the reader's clearance as {@code $cleared} and has its {@code visible(x)} tests written
 * out ({@link Visibility}); a node looked up by key, a row of a list of nodes and a neighbour along a hop are tested
 * here, so no feature can forget it. Queries returning rows of their own (the questions) test each node they use.
 */
@Component
public class GraphReader {

	private static final String PAGE = """

			WITH node, sortValue, key
			WHERE %s
			  AND ($afterKey IS NULL
			   OR (NOT $descending AND (sortValue > $afterValue OR (sortValue = $afterValue AND key > $afterKey)))
			   OR ($descending AND (sortValue < $afterValue OR (sortValue = $afterValue AND key < $afterKey))))
			RETURN node, sortValue, key
			ORDER BY CASE WHEN $descending THEN sortValue END DESC, CASE WHEN $descending THEN key END DESC,
			         sortValue, key
			LIMIT $limit
			""";

	private static final String COUNT = """

			WITH node WHERE %s
			RETURN count(*) AS total
			""";

	/** A list of nodes tests each row; a list of computed rows has tested the nodes it used itself. */
	private String rowTest(ListQuery<?> query) {
		return query.rows() == null ? visibleAs("node", query.type()) : "true";
	}

	/** {@code visible(x:Label)} for a node mapped to {@code type}: the test of that label alone, cheaper to plan. */
	private String visibleAs(String variable, Class<?> type) {
		var entity = mapping.getPersistentEntity(type);
		return entity == null ? "visible(" + variable + ")" : "visible(" + variable + ":" + entity.getPrimaryLabel() + ")";
	}

	private final Neo4jClient client;
	private final @Nullable InProcessQueries inProcess;
	private final Neo4jMappingContext mapping;
	private final RecordMapping records = new RecordMapping();
	private final Today today;
	private final ca.engagementgraph.database.WriteTransactions writes;

	GraphReader(Neo4jClient client, ObjectProvider<InProcessQueries> inProcess, Neo4jMappingContext mapping, Today today,
			ca.engagementgraph.database.WriteTransactions writes) {
		this.client = client;
		this.writes = writes;
		this.inProcess = inProcess.getIfAvailable();
		this.mapping = mapping;
		this.today = today;
	}

	/**
	 * Whether statements run inside the embedded database's process: the database is then this process's own, and
	 * what listens to its commits sees every write.
	 */
	public boolean readsInProcess() {
		return inProcess != null;
	}

	/** The single node a query returns as {@code node}, if any. */
	public <T> Optional<T> one(Class<T> type, String cypher, Map<String, Object> parameters) {
		String visibleOnly = "CALL () {\n" + cypher + "\n}\nWITH node WHERE " + visibleAs("node", type) + " RETURN node";
		return fetch(visibleOnly, parameters, (ts, row) -> map(type, ts, row.get("node"))).stream().findFirst();
	}

	/** One page of a list query, with the total when asked for. */
	public <T> Connection<T> page(ListQuery<T> query, Map<String, Object> filterValues, ListRequest request) {
		var filters = new HashMap<>(filterValues);
		filters.put("lang", request.language().name());
		Ordering ordering = request.ordering();
		PageRequest page = request.page();
		Cursor after = page.afterFor(ordering.id());
		var parameters = new HashMap<>(filters);
		parameters.put("sort", ordering.field());
		parameters.put("descending", ordering.descending());
		parameters.put("afterValue", after == null ? null : after.sortValue());
		parameters.put("afterKey", after == null ? null : after.key());
		parameters.put("limit", page.first() + 1);

		boolean oneStatement = query.pages() != null && request.withTotal() && page.first() > 0;
		Map<Value, Object> mapped = new IdentityHashMap<>();
		List<PageRow> rows;
		Long total;
		if (oneStatement) {
			// A question that writes its own pages is asked once, page and total together: each statement costs a
			// round trip and a transaction whatever it reads, and on a maintained fact both halves are cheap.
			// The page's parameters hold the filters and the sort the count reads too.
			var answer = fetch(pageWithTotal(query.pages(), ordering, after != null), parameters,
					(ts, row) -> new TotalledRow(row.get("total").asLong(), row.get("key").isNull() ? null
							: new PageRow(mapRow(query, ts, row.get("node"), mapped),
									row.get("sortValue").asObject(), row.get("key").asString())));
			total = answer.isEmpty() ? 0L : answer.iterator().next().total();
			rows = answer.stream().map(TotalledRow::row).filter(Objects::nonNull).toList();
		}
		else {
			rows = page.first() == 0 ? List.of()
					: fetch(pageCypher(query, ordering, request.language(), after != null), parameters,
							(ts, row) -> new PageRow(mapRow(query, ts, row.get("node"), mapped),
									row.get("sortValue").asObject(), row.get("key").asString()));
			var countParameters = new HashMap<>(filters);
			countParameters.put("sort", ordering.field());
			total = !request.withTotal() ? null
					: fetch(unfiltered(query, filterValues) ? labelCount(query) : countCypher(query), countParameters,
							(ts, row) -> row.get(0).asLong()).stream().findFirst().orElse(0L);
		}
		boolean hasNext = rows.size() > page.first();
		List<PageRow> shown = rows.stream().limit(page.first()).toList();
		Window<T> window = Window.from(shown.stream().map(row -> query.type().cast(row.node())).toList(),
				index -> ScrollPosition.forward(
						new Cursor(ordering.id(), shown.get(index).sortValue(), shown.get(index).key()).keys()),
				hasNext);
		return Connection.of(window, after != null, total);
	}

	/**
	 * The Cypher of one page. A list of nodes sorts on the ordering's property itself, with the keyset condition a
	 * range on it, so a range index on that property finds the rows from the cursor on, in order, and the page stops
	 * at its limit; a list of computed rows sorts on its computed value.
	 */
	public String pageCypher(ListQuery<?> query, Ordering ordering, Language language, boolean afterCursor) {
		if (query.pages() != null) {
			return query.pages().page(ordering, afterCursor);
		}
		if (!query.sortsOnProperties()) {
			return query.selection() + PAGE.formatted(rowTest(query));
		}
		String template = query.orderings().get(ordering.field());
		if (template == null) {
			throw new IllegalArgumentException("No ordering " + ordering.field() + " for " + query.type().getSimpleName());
		}
		String sort = template.formatted(language == Language.FR ? "Fr" : "En");
		String key = "node." + query.key();
		String direction = ordering.descending() ? " DESC" : "";
		String beyond = ordering.descending() ? "<" : ">";
		var where = new StringBuilder(rowTest(query));
		if (requiredProperty(query.type(), sort)) {
			where.append(" AND ").append(sort).append(" IS NOT NULL"); // the index holds exactly these nodes
		}
		if (afterCursor && sort.equals(key)) {
			where.append("\n  AND ").append(key).append(' ').append(beyond).append(" $afterKey");
		}
		else if (afterCursor) {
			// A range on the sort property (the index seeks to it), then the rows of the cursor's own value up to its
			// key left out: no OR, which the planner would answer with a union of two seeks, losing the order.
			String notBeyond = ordering.descending() ? ">=" : "<=";
			where.append("\n  AND ").append(sort).append(' ').append(beyond).append("= $afterValue AND NOT (")
				.append(sort).append(" = $afterValue AND ").append(key).append(' ').append(notBeyond)
				.append(" $afterKey)");
		}
		return query.selection() + """

				WITH node WHERE %s
				RETURN node, %s AS sortValue, %s AS key
				ORDER BY %s%s, %s%s
				LIMIT $limit
				""".formatted(where, sort, key, sort, direction, key, direction);
	}

	/**
	 * A page and its total as one statement: the total first (one row), then the page's rows beside it, none when
	 * the page is empty (the optional subquery then gives one row without a key). The page keeps its own order.
	 */
	static String pageWithTotal(ListQuery.Pages pages, Ordering ordering, boolean afterCursor) {
		return "CALL () {\n" + pages.count() + "}\nOPTIONAL CALL () {\n" + pages.page(ordering, afterCursor)
				+ "}\nRETURN total, node, sortValue, key\n";
	}

	/**
	 * Whether the total of a list of nodes is simply the number of nodes with its label: no filter given (each is
	 * {@code $param IS NULL OR ...}) and a reader who sees every node. The label's count comes from the database's
	 * counts store; the general count reads every node (a million meetings at scale L: 150-270 ms a request).
	 */
	private static boolean unfiltered(ListQuery<?> query, Map<String, Object> filterValues) {
		return query.sortsOnProperties() && Visibility.cleared()
				&& filterValues.values().stream().allMatch(Objects::isNull);
	}

	private String labelCount(ListQuery<?> query) {
		var entity = Objects.requireNonNull(mapping.getPersistentEntity(query.type()), query.type().getName());
		return "MATCH (node:`" + entity.getPrimaryLabel() + "`) RETURN count(node) AS total";
	}

	private String countCypher(ListQuery<?> query) {
		if (query.pages() != null) {
			return query.pages().count();
		}
		return query.selection() + COUNT.formatted(rowTest(query));
	}

	/**
	 * Whether {@code node.property} is required by the model for the type's label: then "is not null" excludes no
	 * node, and tells the planner a range index on it holds every row.
	 */
	private boolean requiredProperty(Class<?> type, String sort) {
		var entity = mapping.getPersistentEntity(type);
		if (entity == null || !sort.startsWith("node.")) {
			return false;
		}
		return GraphModel.get().nodeType(entity.getPrimaryLabel())
			.map(nodeType -> nodeType.properties().get(sort.substring("node.".length())))
			.map(PropertySpec::required)
			.orElse(false);
	}

	/** Rows of queries that return more than a node: the caller maps them, nested nodes mapped by label. */
	@SuppressWarnings("unchecked")
	public <T> List<T> rows(String cypher, Map<String, Object> parameters, ListQuery.RowMapper<T> mapper) {
		Map<Value, Object> mapped = new IdentityHashMap<>();
		return List.copyOf(fetch(cypher, parameters,
				(ts, row) -> (T) mapper.map(org.neo4j.driver.Values.value(row.asMap(v -> v)), nodeMapper(ts, mapped))));
	}

	/** For each source, its neighbours along the hop (an empty list when it has none). */
	public <S, T> Map<S, List<T>> related(Hop hop, Collection<S> sources, Function<S, String> keyOf, Class<T> type) {
		return relatedWith(hop, sources, keyOf, (source, node, relationship) -> type.cast(node));
	}

	/** For each source, its single neighbour along the hop (absent when it has none). */
	public <S, T> Map<S, T> relatedOne(Hop hop, Collection<S> sources, Function<S, String> keyOf, Class<T> type) {
		var result = new LinkedHashMap<S, T>();
		related(hop, sources, keyOf, type).forEach((source, targets) -> {
			if (!targets.isEmpty()) {
				result.put(source, targets.getFirst());
			}
		});
		return result;
	}

	/**
	 * For each source, its first {@code first} neighbours along the hop, in the hop's order: a list field with a page
	 * size, so that a busy source (the country with most meetings) answers a page, not all it has. One query for all
	 * the sources; each source's neighbours are ordered and cut inside it.
	 */
	public <S, T> Map<S, List<T>> relatedFirst(Hop hop, Collection<S> sources, Function<S, String> keyOf, int first,
			Class<T> type) {
		Hop perSource = new Hop("""
				UNWIND $keys AS one
				CALL (one) {
				%s
				LIMIT $first
				}
				RETURN key, node, relationship
				""".formatted(hop.cypher().replace("$keys", "[one]")));
		return relatedWith(perSource, sources, keyOf, Map.of("first", first),
				(source, node, relationship) -> type.cast(node));
	}

	/** What to make of one neighbour found along a hop, given its source and the relationship's properties. */
	@FunctionalInterface
	public interface Combiner<S, R> {

		R combine(S source, Object neighbour, Map<String, Object> relationship);
	}

	/** For each source, what {@code combine} makes of each neighbour and the relationship's properties. */
	public <S, R> Map<S, List<R>> relatedWith(Hop hop, Collection<S> sources, Function<S, String> keyOf,
			Combiner<S, R> combine) {
		return relatedWith(hop, sources, keyOf, Map.of(), combine);
	}

	private <S, R> Map<S, List<R>> relatedWith(Hop hop, Collection<S> sources, Function<S, String> keyOf,
			Map<String, Object> parameters, Combiner<S, R> combine) {
		var sourcesByKey = new LinkedHashMap<String, S>();
		sources.forEach(source -> sourcesByKey.put(keyOf.apply(source), source));
		var result = new LinkedHashMap<S, List<R>>();
		sources.forEach(source -> result.put(source, new ArrayList<>()));
		if (sources.isEmpty()) {
			return result;
		}
		var all = new HashMap<String, Object>(parameters);
		all.put("keys", List.copyOf(sourcesByKey.keySet()));
		fetch(hop.cypher(), all, (ts, row) -> {
			String key = row.get("key").asString();
			return new KeyedRow(key, combine.combine(sourcesByKey.get(key), mapAny(ts, row.get("node")),
					row.get("relationship").asMap()));
		}).forEach(row -> result.get(sourcesByKey.get(row.key())).add(uncheckedCast(row.value())));
		return result;
	}

	/**
	 * The rows of the query, each mapped by {@code mapper}, with its visibility tests written out, bound to its parameters,
	 * the reader's clearance and the standing parameters of the model's shared definitions (the program's
	 * {@code $today} above all: no query reads the database server's clock). In the process that holds the embedded
	 * database, the statement runs there: inside the embedded transaction of a write when one is under way (it reads
	 * what the write has written), else on its own ({@link InProcessQueries}); otherwise through Spring Data Neo4j's
	 * client and the driver, which takes part in a write's transaction over the driver.
	 */
	private <T> List<T> fetch(String cypher, Map<String, Object> parameters,
			BiFunction<TypeSystem, org.neo4j.driver.Record, T> mapper) {
		var all = bound(parameters);
		String statement = Visibility.expand(cypher);
		var write = writes.inProcess();
		if (write != null || readsOnItsOwn()) {
			TypeSystem types = TypeSystem.getDefault();
			var rows = new ArrayList<T>();
			for (var row : write != null ? write.run(statement, all).list() : inProcess.run(statement, all)) {
				rows.add(mapper.apply(types, row));
			}
			return rows;
		}
		return new ArrayList<>(client.query(statement).bindAll(all).fetchAs(Object.class)
			.mappedBy((ts, row) -> mapper.apply(ts, row))
			.all()
			.stream()
			.map(row -> GraphReader.<T>uncheckedCast(row))
			.toList());
	}

	/**
	 * The rows of a statement that returns values only (no node, relationship or path), as plain Java values: lists,
	 * maps, strings, longs, doubles, booleans and dates, read as {@link #fetch} reads. For an answer the statement
	 * returns as one large value, which the driver's values would copy twice in the process of the embedded database
	 * ({@link InProcessQueries#plain}).
	 */
	public List<Map<String, Object>> plainRows(String cypher, Map<String, Object> parameters) {
		var all = bound(parameters);
		String statement = Visibility.expand(cypher);
		var write = writes.inProcess();
		if (write != null) {
			return write.run(statement, all).list(org.neo4j.driver.Record::asMap);
		}
		if (readsOnItsOwn()) {
			return inProcess.plain(statement, all);
		}
		return List.copyOf(client.query(statement).bindAll(all).fetch().all());
	}

	/** The parameters with the reader's clearance and the model's standing parameters. */
	private Map<String, Object> bound(Map<String, Object> parameters) {
		var all = new HashMap<>(Visibility.withClearance(parameters));
		DerivedConcepts.standingParameters(today.date()).forEach(all::putIfAbsent);
		return all;
	}

	/**
	 * Whether a statement outside a write runs in the embedded database's process, in a read transaction of its own:
	 * not when a transaction over the driver is under way, which the statement takes part in.
	 */
	private boolean readsOnItsOwn() {
		return inProcess != null && !TransactionSynchronizationManager.isActualTransactionActive();
	}

	/** Maps a node to the record of its label, for fields whose neighbours can be of several types. */
	public Object mapAny(TypeSystem typeSystem, Value value) {
		Node node = value.asNode();
		for (String label : node.labels()) {
			var description = mapping.getNodeDescription(label);
			if (description != null) {
				return map(description.getUnderlyingClass(), typeSystem, value);
			}
		}
		throw new IllegalStateException("No record type for a node labelled " + node.labels());
	}

	private <T> Object mapRow(ListQuery<T> query, TypeSystem typeSystem, Value node, Map<Value, Object> mapped) {
		return query.rows() == null ? map(query.type(), typeSystem, node)
				: query.rows().map(node, nodeMapper(typeSystem, mapped));
	}

	/**
	 * Maps the nodes of one statement's answer, each once ({@code mapped}, by the value's identity). In process, the
	 * answer holds one value per node however many rows repeat it (the coverage table's five departments on each of
	 * its 200 rows at scale L were mapped 1,000 times); the records are immutable, so the rows can share them. Over
	 * the driver every value is its own and nothing is found again.
	 */
	private ListQuery.NodeMapper nodeMapper(TypeSystem typeSystem, Map<Value, Object> mapped) {
		return new ListQuery.NodeMapper() {
			@Override
			public <N> N map(Class<N> type, Value node) {
				Object known = mapped.get(node);
				if (type.isInstance(known)) {
					return type.cast(known);
				}
				N record = type == Object.class ? type.cast(mapAny(typeSystem, node))
						: GraphReader.this.map(type, typeSystem, node);
				mapped.put(node, record);
				return record;
			}
		};
	}

	private <T> T map(Class<T> type, TypeSystem typeSystem, Value value) {
		T flat = records.map(type, value);
		return flat != null ? flat : mapping.getRequiredMappingFunctionFor(type).apply(typeSystem, value);
	}

	@SuppressWarnings("unchecked")
	private static <R> R uncheckedCast(Object value) {
		return (R) value; // combine produced it as an R
	}

	private record KeyedRow(String key, Object value) {
	}

	private record PageRow(Object node, Object sortValue, String key) {
	}

	private record TotalledRow(long total, @Nullable PageRow row) {
	}
}
