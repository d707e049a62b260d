package ca.engagementgraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

/**
 * Which fields a client asked for under the field being fetched, and the page sizes it gave them, read from the
 * request's syntax tree.
 * <p>
 * graphql-java's {@code env.getSelectionSet()} answers the same questions, but its first use in a request builds the
 * normalized form of the whole operation: a fifteenth of the demo briefing's CPU (JFR, 8 clients), only to learn
 * whether a page's {@code totalCount} was asked, or how many results each missed meeting should list. The tree is
 * already there; fragments, inline or named, are read through. A field under {@code @skip} or {@code @include} counts
 * as asked: at worst something is fetched that the answer leaves out.
 */
public final class AskedFields {

	private AskedFields() {
	}

	/** Whether the client asked for {@code name} directly under the field being fetched. */
	public static boolean asks(DataFetchingEnvironment env, String name) {
		for (Field field : env.getMergedField().getFields()) {
			if (asks(field.getSelectionSet(), name, env.getFragmentsByName())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The largest {@code first} the client gave any field named {@code name} under the field being fetched (at any
	 * depth when {@code parent} is null, else right under a field named {@code parent}), a page at most:
	 * {@code orElse} for such a field without one (the schema's default), and 0 when there is no such field.
	 */
	public static int largestPage(DataFetchingEnvironment env, @Nullable String parent, String name, int orElse) {
		int largest = 0;
		for (Field field : fieldsNamed(env, parent, name)) {
			Integer first = intArgument(env, field, "first");
			largest = Math.max(largest, first == null ? orElse : first);
		}
		return Math.clamp(largest, 0, PageRequest.MAX_PAGE_SIZE);
	}

	/**
	 * Whether every {@code first} the client gave a field named {@code name} under the field being fetched is a page
	 * size {@link PageSize} accepts (or none was given): a field given another is left to its controller, which
	 * reports it.
	 */
	public static boolean pageSizesValid(DataFetchingEnvironment env, String name) {
		for (Field field : fieldsNamed(env, null, name)) {
			Integer first = intArgument(env, field, "first");
			if (first != null && !PageRequest.isPageSize(first)) {
				return false;
			}
		}
		return true;
	}

	/** Whether the client gave {@code argument} to any field named {@code name} under the field being fetched. */
	public static boolean givesArgument(DataFetchingEnvironment env, String name, String argument) {
		return fieldsNamed(env, null, name).stream()
			.anyMatch(field -> field.getArguments().stream().anyMatch(given -> given.getName().equals(argument)));
	}

	/** The fields named {@code name} under the field being fetched, as {@link #collect} finds them. */
	private static List<Field> fieldsNamed(DataFetchingEnvironment env, @Nullable String parent, String name) {
		var found = new ArrayList<Field>();
		for (Field field : env.getMergedField().getFields()) {
			collect(field.getSelectionSet(), parent, name, env.getFragmentsByName(), found);
		}
		return found;
	}

	/** A field's Int argument as given, a literal or a variable's value; null when not given or given null. */
	private static @Nullable Integer intArgument(DataFetchingEnvironment env, Field field, String name) {
		for (Argument argument : field.getArguments()) {
			if (argument.getName().equals(name)) {
				return switch (argument.getValue()) {
					case IntValue literal -> literal.getValue().intValueExact();
					case VariableReference variable -> env.getVariables().get(variable.getName()) instanceof Integer value
							? value : null;
					default -> null;
				};
			}
		}
		return null;
	}

	/**
	 * The paths {@link #within} takes, written as pairs: a field's path, then the names of the fields under it,
	 * separated by spaces ({@code "plans", "code country"} gives {@code plans}, {@code plans/code} and
	 * {@code plans/country}); an empty path names the fields right under the field being fetched.
	 */
	public static Set<String> paths(String... fieldAndFieldsUnder) {
		var paths = new java.util.HashSet<String>();
		for (int i = 0; i < fieldAndFieldsUnder.length; i += 2) {
			String field = fieldAndFieldsUnder[i];
			if (!field.isEmpty()) {
				paths.add(field);
			}
			for (String under : fieldAndFieldsUnder[i + 1].split(" ")) {
				paths.add(field.isEmpty() ? under : field + "/" + under);
			}
		}
		return Set.copyOf(paths);
	}

	/**
	 * Whether every field the client asked for under the field being fetched, at any depth, is one of {@code paths}
	 * ({@code missions/locatedIn/iso2}: a field by the names of the fields above it), each under its own name, without
	 * {@code @skip} or {@code @include}: then a statement that reads those paths answers the whole selection.
	 * {@code __typename} is always answered.
	 */
	public static boolean within(DataFetchingEnvironment env, Set<String> paths) {
		for (Field field : env.getMergedField().getFields()) {
			if (!within(field.getSelectionSet(), "", paths, env.getFragmentsByName())) {
				return false;
			}
		}
		return true;
	}

	private static boolean within(@Nullable SelectionSet selections, String prefix, Set<String> paths,
			Map<String, FragmentDefinition> fragments) {
		if (selections == null) {
			return true;
		}
		for (Selection<?> selection : selections.getSelections()) {
			boolean covered = switch (selection) {
				case Field field -> field.getDirectives().isEmpty()
						&& (field.getAlias() == null || field.getAlias().equals(field.getName()))
						&& (field.getName().equals("__typename")
								|| paths.contains(prefix + field.getName())
										&& within(field.getSelectionSet(), prefix + field.getName() + "/", paths, fragments));
				case InlineFragment inline -> inline.getDirectives().isEmpty()
						&& within(inline.getSelectionSet(), prefix, paths, fragments);
				case FragmentSpread spread -> spread.getDirectives().isEmpty() && fragments.containsKey(spread.getName())
						&& fragments.get(spread.getName()).getDirectives().isEmpty()
						&& within(fragments.get(spread.getName()).getSelectionSet(), prefix, paths, fragments);
				default -> false;
			};
			if (!covered) {
				return false;
			}
		}
		return true;
	}

	/** Fields named {@code name}: anywhere below when {@code parent} is null, else right under a {@code parent}. */
	private static void collect(@Nullable SelectionSet selections, @Nullable String parent, String name,
			Map<String, FragmentDefinition> fragments, List<Field> found) {
		forEachField(selections, fragments, field -> {
			if (parent == null) {
				if (field.getName().equals(name)) {
					found.add(field);
				}
				collect(field.getSelectionSet(), null, name, fragments, found);
			}
			else if (field.getName().equals(parent)) {
				forEachField(field.getSelectionSet(), fragments, child -> {
					if (child.getName().equals(name)) {
						found.add(child);
					}
					return false;
				});
			}
			return false;
		});
	}

	private static boolean asks(@Nullable SelectionSet selections, String name,
			Map<String, FragmentDefinition> fragments) {
		return forEachField(selections, fragments, field -> field.getName().equals(name));
	}

	/**
	 * Offers each field of a selection, fragments read through, until {@code stop} says so; whether it did. Validation
	 * has refused fragments that spread themselves, so this ends.
	 */
	private static boolean forEachField(@Nullable SelectionSet selections, Map<String, FragmentDefinition> fragments,
			Predicate<Field> stop) {
		if (selections == null) {
			return false;
		}
		for (Selection<?> selection : selections.getSelections()) {
			boolean stopped = switch (selection) {
				case Field field -> stop.test(field);
				case InlineFragment inline -> forEachField(inline.getSelectionSet(), fragments, stop);
				case FragmentSpread spread -> fragments.containsKey(spread.getName())
						&& forEachField(fragments.get(spread.getName()).getSelectionSet(), fragments, stop);
				default -> false;
			};
			if (stopped) {
				return true;
			}
		}
		return false;
	}
}
