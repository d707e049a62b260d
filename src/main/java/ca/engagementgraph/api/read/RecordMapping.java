package ca.engagementgraph.api.read;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * Maps a node (or a map) to the record of its label, component by component from the property of the same name. The model's
 * records are flat (Strings, dates, whole and decimal numbers; no relationships, no renamed properties), so this is
 * all Spring Data Neo4j's mapping does for them, at a fraction of its cost: its general machinery (query roots, known
 * objects, conversions looked up per property) was an eighth of the radar's CPU at scale L, mapping 250 nodes a page.
 * A record with any other component type is left to Spring Data Neo4j ({@link #map} returns null).
 */
final class RecordMapping {

	/** Each type's mapper, empty for a type that is not flat (kept too: a null would be looked for again each time). */
	private final Map<Class<?>, Optional<Mapper<?>>> mappers = new ConcurrentHashMap<>();

	/** The record built from {@code value}, or null when {@code type} is not a flat record (one lookup per node). */
	<T> @Nullable T map(Class<T> type, Value value) {
		@SuppressWarnings("unchecked")
		Mapper<T> mapper = (Mapper<T>) mappers.computeIfAbsent(type, flat -> Optional.ofNullable(mapperOf(flat))).orElse(null);
		return mapper == null ? null : mapper.map(value);
	}

	private static @Nullable Mapper<?> mapperOf(Class<?> type) {
		if (!type.isRecord()) {
			return null;
		}
		RecordComponent[] components = type.getRecordComponents();
		@SuppressWarnings("unchecked")
		Function<Value, Object>[] readers = new Function[components.length];
		for (int i = 0; i < components.length; i++) {
			readers[i] = reader(components[i].getType());
			if (readers[i] == null) {
				return null;
			}
		}
		try {
			Constructor<?> constructor = type.getDeclaredConstructor(
					Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
			constructor.setAccessible(true);
			String[] names = Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new);
			return new Mapper<>(constructor, names, readers);
		}
		catch (NoSuchMethodException ex) {
			return null;
		}
	}

	private static @Nullable Function<Value, Object> reader(Class<?> type) {
		if (type == String.class) {
			return Value::asString;
		}
		if (type == LocalDate.class) {
			return Value::asLocalDate;
		}
		if (type == Long.class) {
			return Value::asLong;
		}
		if (type == Double.class) {
			return Value::asDouble; // a whole number stored where a decimal is expected reads as one
		}
		if (type == Boolean.class) {
			return Value::asBoolean;
		}
		return null;
	}

	private record Mapper<T>(Constructor<?> constructor, String[] names, Function<Value, Object>[] readers) {

		@SuppressWarnings("unchecked")
		T map(Value node) {
			Object[] arguments = new Object[names.length];
			for (int i = 0; i < names.length; i++) {
				Value property = node.get(names[i]);
				arguments[i] = property.isNull() ? null : readers[i].apply(property);
			}
			try {
				return (T) constructor.newInstance(arguments);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Cannot build " + constructor.getDeclaringClass().getSimpleName(), ex);
			}
		}
	}
}
