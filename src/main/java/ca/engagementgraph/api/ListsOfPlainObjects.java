package ca.engagementgraph.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import graphql.Scalars;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.FieldValueInfo;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.execution.ResultNodesInfo;
import graphql.execution.ValuesResolver;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.introspection.Introspection;
import graphql.language.Field;
import graphql.schema.CoercingSerializeException;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLUnionType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.LightDataFetcher;
import graphql.schema.SingletonPropertyDataFetcher;
import ca.engagementgraph.security.FieldRules;
import ca.engagementgraph.security.FieldsCounted;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Completes a list of objects whose fields are all read from the object itself (properties, language variants: each
 * field's fetcher a graphql-java {@link LightDataFetcher}, nested objects and lists alike) in one loop, instead of
 * graphql-java's path for every field of every item: parameters, a result path and step info, instrumentation hooks, the
 * data loaders' level accounting and a future per field, about half a microsecond each. The coverage of one busy
 * country's projects at scale L has 1,702 rows of 24 fields: that path was 40 % of the answer's CPU (JFR, 8 clients),
 * more than the statement that read the rows.
 *
 * <p>The answer is the same: the same fetchers read each value, scalars and enums are serialized by their own types,
 * {@code @skip}, {@code @include}, fragments and aliases come from graphql-java's own field collector, and each object
 * is still announced to the instrumentation ({@code beginExecuteObject}), so the answer's budget counts its values as
 * before, only once the list is done: the list is in memory already, and its objects are counted once whatever
 * happens. Anything the loop does not do as graphql-java would is left to graphql-java for the whole list: a field
 * resolved any other way (a controller, a data loader, a Protected B check), an interface or a union, a value that is a
 * future or a {@code DataFetcherResult}, a fetcher that throws, a scalar that cannot be serialized, a null where the
 * schema says non-null (graphql-java then reports it). Those fetchers read only their source, so reading a value
 * twice changes nothing.
 */
@Component
class ListsOfPlainObjects implements GraphQlSourceBuilderCustomizer {

	private final ObjectProvider<DataFetcherExceptionResolver> exceptionResolvers;

	ListsOfPlainObjects(ObjectProvider<DataFetcherExceptionResolver> exceptionResolvers) {
		this.exceptionResolvers = exceptionResolvers;
	}

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		// Spring hands graphql-java the exception handler made of every resolver, in order; a strategy set here must be
		// given the same, or errors of controllers would no longer be resolved.
		DataFetcherExceptionHandler handler = DataFetcherExceptionResolver
			.createExceptionHandler(exceptionResolvers.orderedStream().toList());
		builder.configureGraphQl(graphQl -> graphQl.queryExecutionStrategy(new Strategy(handler)));
	}

	/** graphql-java's strategy for queries, with lists of plain objects completed in one loop. */
	static final class Strategy extends AsyncExecutionStrategy {

		Strategy(DataFetcherExceptionHandler handler) {
			super(handler);
		}

		@Override
		protected FieldValueInfo completeValueForList(ExecutionContext context, ExecutionStrategyParameters parameters,
				Iterable<Object> values) {
			// Neither a cap on the answer's nodes nor @defer is in use here; with either, graphql-java keeps every list.
			if (context.getGraphQLContext().get(ResultNodesInfo.MAX_RESULT_NODES) == null
					&& !context.hasIncrementalSupport()) {
				GraphQLType itemType = ((GraphQLList) parameters.getExecutionStepInfo().getUnwrappedNonNullType())
					.getWrappedType();
				Iterator<Object> items = values.iterator();
				boolean projected = items.hasNext() && items.next() instanceof Projected;
				Completion completion = planned(context, parameters.getField(), GraphQLTypeUtil.unwrapNonNull(itemType),
						projected);
				if (completion != null) {
					var loop = new Loop(context, new ArrayList<>());
					List<Object> completed = loop.completeAll(
							new ListCompletion(completion, itemType instanceof GraphQLNonNull), values);
					if (completed != null) {
						loop.announce(parameters);
						// No object below is left for graphql-java: nothing for the data loaders to wait on.
						return new FieldValueInfo(FieldValueInfo.CompleteValueType.LIST, completed, List.of());
					}
				}
			}
			return super.completeValueForList(context, parameters, values);
		}

		/**
		 * An object a statement has read whole ({@link Projected}) is completed here in one loop, every field from it:
		 * its controllers and data loaders would read what the statement read already, each with a statement of its
		 * own. The query field returns one only for a selection its statement covers, so every field is found.
		 */
		@Override
		protected FieldValueInfo completeValue(ExecutionContext context, ExecutionStrategyParameters parameters) {
			if (parameters.getSource() instanceof Projected projected
					&& parameters.getExecutionStepInfo().getUnwrappedNonNullType() instanceof GraphQLObjectType type) {
				Completion completion = planned(context, parameters.getField(), type, true);
				if (completion == null) {
					throw new IllegalStateException("No plan to complete " + type.getName() + " from its statement");
				}
				var loop = new Loop(context, new ArrayList<>());
				Object completed;
				try {
					completed = completion.complete(loop, projected);
				}
				catch (LeftToGraphQlJava ex) {
					throw new IllegalStateException(
							"The statement behind " + parameters.getPath() + " left a field of the selection unread");
				}
				loop.announce(parameters);
				// Complete, with no object below left to execute: to the data loaders' accounting (which waits for
				// each OBJECT to be executed) it is a finished value, as a scalar is.
				return new FieldValueInfo(FieldValueInfo.CompleteValueType.SCALAR, completed);
			}
			return super.completeValue(context, parameters);
		}

		/**
		 * The completion of a list's items, planned once per request for each list field of the document: a list under
		 * each of many objects (every project's partners) is planned for the first and found again for the others.
		 */
		private @Nullable Completion planned(ExecutionContext context, MergedField field, GraphQLType item,
				boolean projected) {
			Plans plans = context.getGraphQLContext().computeIfAbsent(Plans.class, key -> new Plans());
			return plans.byList.computeIfAbsent(new PlanKey(field.getFields(), item, projected),
					key -> Optional.ofNullable(completion(context, field, item, projected))).orElse(null);
		}

		/** How to complete values of {@code type} asked by {@code field}, or null when the loop cannot. */
		private @Nullable Completion completion(ExecutionContext context, MergedField field, GraphQLType type,
				boolean projected) {
			return switch (type) {
				case GraphQLScalarType scalar -> new ScalarCompletion(scalar);
				case GraphQLEnumType enumType -> new EnumCompletion(enumType);
				case GraphQLList list -> {
					GraphQLType item = GraphQLTypeUtil.unwrapNonNull(list.getWrappedType());
					Completion items = completion(context, field, item, projected);
					yield items == null ? null : new ListCompletion(items, list.getWrappedType() instanceof GraphQLNonNull);
				}
				case GraphQLObjectType object -> objectCompletion(context, field, object, projected);
				case GraphQLUnionType union when projected -> memberCompletion(context, field, union);
				default -> null; // an interface, or a union of objects not read by a statement: graphql-java resolves the type
			};
		}

		/** A union's members, each read by a statement that named its type ({@link Projected#TYPE_NAME}). */
		private @Nullable Completion memberCompletion(ExecutionContext context, MergedField field,
				GraphQLUnionType union) {
			var members = new java.util.HashMap<String, Completion>();
			for (GraphQLNamedOutputType member : union.getTypes()) {
				Completion completion = member instanceof GraphQLObjectType object
						? objectCompletion(context, field, object, true) : null;
				if (completion == null) {
					return null;
				}
				members.put(member.getName(), completion);
			}
			return new MemberCompletion(Map.copyOf(members));
		}

		/**
		 * @param projected whether the objects are {@link Projected}: a field read any other way than from the object
		 * itself is then read from the statement's value under its name
		 */
		private @Nullable Completion objectCompletion(ExecutionContext context, MergedField field, GraphQLObjectType type,
				boolean projected) {
			MergedSelectionSet selected = fieldCollector.collectFields(FieldCollectorParameters.newParameters()
				.schema(context.getGraphQLSchema())
				.objectType(type)
				.fragments(context.getFragmentsByName())
				.variables(context.getCoercedVariables().toMap())
				.graphQLContext(context.getGraphQLContext())
				.build(), field, false);
			List<String> keys = selected.getKeys();
			var fields = new ArrayList<FieldRead>(keys.size());
			for (String key : keys) {
				MergedField subField = selected.getSubField(key);
				String name = subField.getName();
				if (name.equals(Introspection.TypeNameMetaFieldDef.getName())) {
					fields.add(new FieldRead(key, null, subField, null, Map.of(), new ScalarTypeName(type.getName()),
							true));
					continue;
				}
				if (name.startsWith("__")) {
					return null;
				}
				GraphQLFieldDefinition definition = getFieldDef(context.getGraphQLSchema(), type, subField.getSingleField());
				DataFetcher<?> declared = context.getGraphQLSchema().getCodeRegistry().getDataFetcher(type, definition);
				Map<String, Object> arguments = definition.getArguments().isEmpty() ? Map.of()
						: ValuesResolver.getArgumentValues(definition.getArguments(),
								subField.getSingleField().getArguments(), context.getCoercedVariables(),
								context.getGraphQLContext(), context.getLocale());
				LightDataFetcher<?> fetcher;
				if (projected && definition.getDirectives().stream()
					.anyMatch(directive -> !directive.getName().equals(LocalizedFields.DIRECTIVE))) {
					// A field with a rule of its own (a Protected B check) is read past its rule only where the rule
					// admits this reader: planned per request, on the request's thread, where the rule reads the reader.
					if (!FieldRules.admit(definition, arguments)) {
						return null;
					}
					fetcher = new ProjectedValue(name);
				}
				else if (declared instanceof SingletonPropertyDataFetcher<?>) {
					// graphql-java's own reading of a map's property, by the field's name, without its layers
					fetcher = new MapProperty(name, (LightDataFetcher<?>) declared);
				}
				else if (declared instanceof LightDataFetcher<?> light) {
					fetcher = light;
				}
				else if (projected) {
					fetcher = new ProjectedValue(name);
				}
				else {
					return null;
				}
				GraphQLOutputType fieldType = definition.getType();
				Completion value = completion(context, subField, GraphQLTypeUtil.unwrapNonNull(fieldType), projected);
				if (value == null) {
					return null;
				}
				fields.add(new FieldRead(key, fetcher, subField, definition, arguments, value,
						fieldType instanceof GraphQLNonNull));
			}
			return new ObjectCompletion(type, keys, fields, selected);
		}
	}

	/** One request's plans (its variables decide which fields are skipped, and the arguments' values). */
	private static final class Plans {

		final Map<PlanKey, Optional<Completion>> byList = new ConcurrentHashMap<>();
	}

	/**
	 * A list field of the document and its items' type. The field is the syntax nodes merged into it (the same objects
	 * for every item), all of them: under an interface, the same first node can be merged with another type's
	 * fragment for one parent and not for another.
	 */
	private record PlanKey(List<Field> fields, GraphQLType item, boolean projected) {

		@Override
		public boolean equals(Object other) {
			if (!(other instanceof PlanKey key) || key.item != item || key.projected != projected
					|| key.fields.size() != fields.size()) {
				return false;
			}
			for (int i = 0; i < fields.size(); i++) {
				if (key.fields.get(i) != fields.get(i)) {
					return false;
				}
			}
			return true;
		}

		@Override
		public int hashCode() {
			int hash = System.identityHashCode(item) * 2 + (projected ? 1 : 0);
			for (Field field : fields) {
				hash = hash * 31 + System.identityHashCode(field);
			}
			return hash;
		}
	}

	/** Thrown inside the loop where graphql-java must complete the list instead. */
	private static final class LeftToGraphQlJava extends RuntimeException {

		static final LeftToGraphQlJava INSTANCE = new LeftToGraphQlJava();

		private LeftToGraphQlJava() {
			super(null, null, false, false);
		}
	}

	/**
	 * One list's loop: the request, and the objects completed so far with the fields each had. They are announced to the
	 * instrumentation once the whole list is done, as graphql-java announces each object it executes (the answer's
	 * budget counts their fields); a list left to graphql-java is announced by graphql-java alone.
	 */
	private record Loop(ExecutionContext context, List<Completed> objects) {

		/** The list's completed items, or null when graphql-java must complete it. */
		@Nullable List<Object> completeAll(ListCompletion list, Iterable<Object> values) {
			try {
				return list.complete(this, values);
			}
			catch (LeftToGraphQlJava ex) {
				return null;
			}
		}

		/**
		 * Each object announced with the list's parameters, its own fields and source: none of ours reads the path. An
		 * instrumentation that only counts their fields is told them at once.
		 */
		void announce(ExecutionStrategyParameters list) {
			Instrumentation instrumentation = context.getInstrumentation();
			if (instrumentation instanceof FieldsCounted counted) {
				long fields = 0;
				for (Completed object : objects) {
					fields += object.fields().size();
				}
				counted.objectsCompleted(context, fields, context.getInstrumentationState());
				return;
			}
			for (Completed object : objects) {
				ExecutionStrategyParameters parameters = list
					.transform(builder -> builder.fields(object.fields()).source(object.source()));
				ExecuteObjectInstrumentationContext announced = ExecuteObjectInstrumentationContext
					.nonNullCtx(instrumentation.beginExecuteObject(
							new InstrumentationExecutionStrategyParameters(context, parameters),
							context.getInstrumentationState()));
				announced.onDispatched();
				announced.onCompleted(object.value(), null);
			}
		}
	}

	private record Completed(MergedSelectionSet fields, Object source, Map<String, Object> value) {
	}

	/** Completes one kind of value; returns the value as the answer holds it. */
	private interface Completion {

		@Nullable Object complete(Loop loop, Object value);

		/**
		 * A fetched value (a field's, a list item's) completed as graphql-java would, or left to it: what it alone
		 * handles (a result wrapping the value, a future), and a null where the type says non-null, which it reports.
		 */
		default @Nullable Object completeFetched(Loop loop, @Nullable Object fetched, boolean nonNull) {
			Object unboxed = loop.context().getValueUnboxer().unbox(fetched);
			if (unboxed instanceof DataFetcherResult<?> || unboxed instanceof CompletionStage<?>) {
				throw LeftToGraphQlJava.INSTANCE;
			}
			Object completed = unboxed == null ? null : complete(loop, unboxed);
			if (completed == null && nonNull) {
				throw LeftToGraphQlJava.INSTANCE;
			}
			return completed;
		}
	}

	private record ScalarCompletion(GraphQLScalarType type) implements Completion {

		@Override
		public @Nullable Object complete(Loop loop, Object value) {
			if (type == Scalars.GraphQLInt && value instanceof Integer
					|| type == Scalars.GraphQLString && value instanceof String
					|| type == Scalars.GraphQLBoolean && value instanceof Boolean) {
				return value; // what the built-in scalar's serialization returns for a value of its own class
			}
			try {
				return type.getCoercing().serialize(value, loop.context().getGraphQLContext(), loop.context().getLocale());
			}
			catch (CoercingSerializeException ex) {
				throw LeftToGraphQlJava.INSTANCE;
			}
		}
	}

	private record EnumCompletion(GraphQLEnumType type) implements Completion {

		@Override
		public @Nullable Object complete(Loop loop, Object value) {
			try {
				return type.serialize(value, loop.context().getGraphQLContext(), loop.context().getLocale());
			}
			catch (CoercingSerializeException ex) {
				throw LeftToGraphQlJava.INSTANCE;
			}
		}
	}

	/** {@code __typename}: the object type's name. */
	private record ScalarTypeName(String name) implements Completion {

		@Override
		public Object complete(Loop loop, Object value) {
			return name;
		}
	}

	private record ListCompletion(Completion items, boolean nonNullItems) implements Completion {

		@Override
		public List<Object> complete(Loop loop, Object value) {
			if (!(value instanceof Iterable<?> iterable)) {
				throw LeftToGraphQlJava.INSTANCE; // an array, or a value graphql-java reports as the wrong type
			}
			var completed = new ArrayList<Object>();
			for (Object item : iterable) {
				completed.add(items.completeFetched(loop, item, nonNullItems));
			}
			return completed;
		}
	}

	/** A value of a union, completed as the member its statement named. */
	private record MemberCompletion(Map<String, Completion> members) implements Completion {

		@Override
		public @Nullable Object complete(Loop loop, Object value) {
			Completion member = value instanceof Projected projected
					&& projected.get(Projected.TYPE_NAME) instanceof String type ? members.get(type) : null;
			if (member == null) {
				throw LeftToGraphQlJava.INSTANCE;
			}
			return member.complete(loop, value);
		}
	}

	/** A field of a {@link Projected} object resolved elsewhere than on the object: its value, read by the statement. */
	private record ProjectedValue(String name) implements LightDataFetcher<Object> {

		@Override
		public @Nullable Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> env) {
			if (!(source instanceof Projected projected) || !projected.containsKey(name)) {
				throw LeftToGraphQlJava.INSTANCE;
			}
			return projected.get(name);
		}

		@Override
		public @Nullable Object get(DataFetchingEnvironment env) {
			return get(env.getFieldDefinition(), env.getSource(), () -> env);
		}
	}

	/**
	 * graphql-java's default fetcher, which reads a map's value under the field's name: for a source that is a map (a
	 * {@link Projected} object a statement read whole, above all), the loop reads it so itself, without the fetcher's
	 * layers (about a tenth of the completion of a country's 1,702 coverage rows); any other source goes to the fetcher.
	 */
	private record MapProperty(String name, LightDataFetcher<?> fetcher) implements LightDataFetcher<Object> {

		@Override
		public @Nullable Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> env)
				throws Exception {
			return fetcher.get(field, source, env);
		}

		@Override
		public @Nullable Object get(DataFetchingEnvironment env) throws Exception {
			return fetcher.get(env);
		}
	}

	/** One field of an object: its result key, how it is read and how its value is completed. */
	private record FieldRead(String key, @Nullable LightDataFetcher<?> fetcher, MergedField field,
			@Nullable GraphQLFieldDefinition definition, Map<String, Object> arguments, Completion value,
			boolean nonNull) {

		@Nullable Object read(Loop loop, GraphQLObjectType parent, Object source) {
			if (fetcher == null) {
				return value.complete(loop, source); // __typename
			}
			if (fetcher instanceof MapProperty property && source instanceof Map<?, ?> map) {
				return value.completeFetched(loop, map.get(property.name()), nonNull);
			}
			ExecutionContext context = loop.context();
			Object fetched;
			try {
				fetched = fetcher.get(definition, source, environment(context, parent, source));
			}
			catch (Exception ex) {
				throw LeftToGraphQlJava.INSTANCE; // graphql-java hands it to the exception handler
			}
			return value.completeFetched(loop, fetched, nonNull);
		}

		/** The environment, made only for a fetcher that asks for it (a language variant reads its argument). */
		private Supplier<DataFetchingEnvironment> environment(ExecutionContext context, GraphQLObjectType parent,
				Object source) {
			return () -> DataFetchingEnvironmentImpl.newDataFetchingEnvironment(context)
				.source(source)
				.arguments(arguments)
				.fieldDefinition(definition)
				.mergedField(field)
				.fieldType(definition.getType())
				.parentType(parent)
				.build();
		}
	}

	private record ObjectCompletion(GraphQLObjectType type, List<String> keys, List<FieldRead> fields,
			MergedSelectionSet selected) implements Completion {

		@Override
		public Object complete(Loop loop, Object source) {
			if (loop.context().getExecutionInput().isCancelled()) {
				throw LeftToGraphQlJava.INSTANCE; // graphql-java stops the answer where it would have
			}
			var values = new ArrayList<@Nullable Object>(fields.size());
			for (FieldRead field : fields) {
				values.add(field.read(loop, type, source));
			}
			Map<String, Object> map = loop.context().getResponseMapFactory().createInsertionOrdered(keys, values);
			loop.objects().add(new Completed(selected, source, map));
			return map;
		}
	}
}
