package ca.engagementgraph.security;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import org.jspecify.annotations.Nullable;

/**
 * The shape of a request, measured before it runs in one walk of its operation: its nesting depth, refused beyond
 * {@link EndpointLimits#MAX_DEPTH} ({@code QUERY_TOO_DEEP}, as graphql-java's own depth check counts it: each field
 * one level), and its cost, estimated from the real sizes of the lists it asks for, refused above {@link #MAX_COST}
 * with a sentence naming its longest list and how to narrow the request ({@code QUERY_TOO_COSTLY}).
 *
 * <p>Every field costs 1; a field returning a list multiplies what is selected under it by how long such lists
 * typically are in the graph ({@link ListSizes}: a country's meetings, a department's meetings, read from the data);
 * a connection multiplies by its page size ({@code first}, 20 when not given). So a short document that nests
 * countries, their meetings, the departments at each and those departments' meetings is priced at the millions of
 * values it would build, and refused before a single query runs.
 *
 * <p>A query found within the limits is remembered, with its variables and the list sizes it was priced with, and not
 * walked again: dashboards send the same documents with the same few variables, and the walk was 6 % of the CPU of a
 * small request. A refusal is never remembered, so it is explained afresh each time.
 */
class QueryCost {

	static final long MAX_COST = 50_000;
	static final int DEFAULT_PAGE = 20;
	static final int MOST_REMEMBERED = 2_000;

	private final ListSizes sizes;
	private final long maxCost;
	private final int maxDepth;

	QueryCost(ListSizes sizes, long maxCost, int maxDepth) {
		this.sizes = sizes;
		this.maxCost = maxCost;
		this.maxDepth = maxDepth;
	}

	/**
	 * A query priced within the limits. The document is the parsed one, compared by identity: parsed documents are
	 * kept (api's ParsedDocuments, or the persisted documents), so the same document text is the same instance.
	 */
	private record Priced(Document document, @Nullable String operation, Map<String, Object> variables,
			long sizesReadAt) {
	}

	private final Set<Priced> withinLimits = ConcurrentHashMap.newKeySet();

	/** The longest list a document asks for (the deepest of equals), for the refusal to name. */
	record Longest(String path, long length, int depth) {
	}

	/** Refuses the operation about to run when it is too deep or too costly; depth is told first. */
	void check(ExecutionContext context) {
		// Mutations are not remembered: their inputs differ each time.
		Priced priced = context.getOperationDefinition().getOperation() == OperationDefinition.Operation.QUERY
				? new Priced(context.getDocument(), context.getExecutionInput().getOperationName(),
						context.getCoercedVariables().toMap(), sizes.readAt())
				: null;
		if (priced != null && withinLimits.contains(priced)) {
			return;
		}
		walk(context);
		if (priced != null) {
			if (withinLimits.size() >= MOST_REMEMBERED) {
				withinLimits.clear();
			}
			withinLimits.add(priced);
		}
	}

	private void walk(ExecutionContext context) {
		var traverser = QueryTraverser.newQueryTraverser()
			.schema(context.getGraphQLSchema())
			.document(context.getDocument())
			.operationName(context.getExecutionInput().getOperationName())
			.coercedVariables(context.getCoercedVariables())
			.build();
		Map<QueryVisitorFieldEnvironment, Long> below = new HashMap<>();
		long[] total = { 0 };
		int[] deepest = { 0 };
		Longest[] longest = { null };
		traverser.visitPostOrder(new QueryVisitorStub() {
			@Override
			public void visitField(QueryVisitorFieldEnvironment env) {
				int depth = depth(env);
				deepest[0] = Math.max(deepest[0], depth);
				if (env.isTypeNameIntrospectionField()) {
					return;
				}
				long children = below.getOrDefault(env, 0L);
				long length = length(env);
				// A leaf costs 1; a field with a selection 1 plus its selection's cost for each item it stands for.
				long cost = saturatedAdd(1, children == 0 ? (length > 1 ? length : 0) : saturatedMultiply(length, children));
				if (length > 1 && (longest[0] == null || length > longest[0].length()
						|| (length == longest[0].length() && depth > longest[0].depth()))) {
					longest[0] = new Longest(path(env), length, depth);
				}
				if (env.getParentEnvironment() == null) {
					total[0] = saturatedAdd(total[0], cost);
				}
				else {
					below.merge(env.getParentEnvironment(), cost, QueryCost::saturatedAdd);
				}
			}
		});
		if (deepest[0] > maxDepth) {
			throw DocumentLimits.refused(context.getLocale(), "QUERY_TOO_DEEP", "error.tooDeep", deepest[0], maxDepth);
		}
		if (total[0] > maxCost) {
			Longest worst = longest[0] == null ? new Longest("?", 1, 0) : longest[0];
			throw DocumentLimits.refused(context.getLocale(), "QUERY_TOO_COSTLY", "error.tooCostly", total[0], maxCost,
					worst.path(), worst.length());
		}
	}

	/** How many items the field stands for: a page size, a typical list length, or 1. */
	private long length(QueryVisitorFieldEnvironment env) {
		GraphQLFieldDefinition field = env.getFieldDefinition();
		GraphQLType type = GraphQLTypeUtil.unwrapNonNull(field.getType());
		String typeName = ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type)).getName();
		if (typeName.endsWith("Connection")) {
			Object first = env.getArguments().get("first");
			return first instanceof Number n ? Math.max(1, n.longValue()) : DEFAULT_PAGE;
		}
		String parent = ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(env.getParentType())).getName();
		boolean pageOfAConnection = parent.endsWith("Connection"); // its edges and nodes are the connection's page
		if (!GraphQLTypeUtil.isList(type) || pageOfAConnection) {
			return 1;
		}
		long typical = sizes.estimate(parent, labelsOf(GraphQLTypeUtil.unwrapAll(type)));
		// A list that takes a page size (api/read/FirstOf) never holds more than it asks for: at scale L a country's
		// 100 latest meetings were priced as all of its meetings (15,707) and the country profile always refused.
		Object first = env.getArguments().get("first");
		return first instanceof Number n ? Math.min(typical, Math.max(1, n.longValue())) : typical;
	}

	/** The labels an item of a list carries: itself, the members of a union, or what a wrapper (Attendance) holds. */
	static Set<String> labelsOf(GraphQLType type) {
		var labels = new LinkedHashSet<String>();
		if (type instanceof GraphQLUnionType union) {
			union.getTypes().forEach(member -> labels.add(member.getName()));
		}
		else if (type instanceof GraphQLObjectType object) {
			labels.add(object.getName());
			for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
				if (GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLUnionType union) {
					union.getTypes().forEach(member -> labels.add(member.getName()));
				}
			}
		}
		return labels;
	}

	private static int depth(QueryVisitorFieldEnvironment env) {
		int depth = 0;
		for (var e = env; e != null; e = e.getParentEnvironment()) {
			depth++;
		}
		return depth;
	}

	private static String path(QueryVisitorFieldEnvironment env) {
		var names = new java.util.ArrayDeque<String>();
		for (var e = env; e != null; e = e.getParentEnvironment()) {
			names.addFirst(e.getField().getResultKey());
		}
		return String.join(".", names);
	}

	private static long saturatedAdd(long a, long b) {
		long sum = a + b;
		return sum < 0 ? Long.MAX_VALUE : sum;
	}

	private static long saturatedMultiply(long a, long b) {
		long high = Math.multiplyHigh(a, b);
		long product = a * b;
		return high != 0 || product < 0 ? Long.MAX_VALUE : product;
	}
}
