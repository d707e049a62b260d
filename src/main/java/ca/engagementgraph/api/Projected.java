package ca.engagementgraph.api;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An object of the answer whose fields one statement has read already, with everything under it: the value of each
 * field by the field's name (a list of meetings, a count, a flag) and the properties its plain fields read (a name's
 * language variants). A query field returns one when the client's selection lies within what its statement reads
 * ({@link AskedFields#within}); the query strategy then completes the whole object from it ({@code ListsOfPlainObjects}),
 * without the fields' controllers and data loaders, which would each have run a statement of their own.
 *
 * <p>It is a map, so the schema's plain fields (properties, language variants) read it as they read any map.
 */
public final class Projected extends AbstractMap<String, @Nullable Object> {

	/** The key under which a statement names an object's type, where the schema gives a union of several. */
	public static final String TYPE_NAME = "__typename";

	private final Map<String, @Nullable Object> values;

	private Projected(Map<String, @Nullable Object> values) {
		this.values = Collections.unmodifiableMap(values);
	}

	/** The object a statement returned as a map, every map under it an object too. */
	public static Projected of(Map<String, ?> map) {
		var values = new LinkedHashMap<String, @Nullable Object>(map.size() * 2);
		map.forEach((name, value) -> values.put(name, converted(value)));
		return new Projected(values);
	}

	/**
	 * An object whose fields a caller has built as the answer holds them (scalars, other {@code Projected} objects,
	 * lists of them), taken as given: a table of 1,702 rows built in Java is not copied again row by row. The caller
	 * hands the map over and no longer changes it.
	 */
	public static Projected holding(Map<String, @Nullable Object> fields) {
		return new Projected(fields);
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Object converted(@Nullable Object value) {
		return switch (value) {
			case Projected projected -> projected; // read whole already, maybe shared by several objects
			case Map<?, ?> map -> of((Map<String, ?>) map);
			case List<?> list -> {
				var items = new ArrayList<@Nullable Object>(list.size());
				list.forEach(item -> items.add(converted(item)));
				yield Collections.unmodifiableList(items);
			}
			case null, default -> value;
		};
	}

	@Override
	public @Nullable Object get(Object name) {
		return values.get(name);
	}

	@Override
	public boolean containsKey(Object name) {
		return values.containsKey(name);
	}

	@Override
	public Set<Entry<String, @Nullable Object>> entrySet() {
		return values.entrySet();
	}
}
