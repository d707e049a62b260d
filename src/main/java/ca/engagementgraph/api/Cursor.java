package ca.engagementgraph.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a page ends, as the sort value and business key of its last row (keyset pagination: stable under
 * inserts, no OFFSET scans), bound to the ordering it was issued for. It travels as the keys of a Spring Data
 * keyset scroll position, all strings (the sort value typed by a prefix, so a date stays a date), which
 * {@link PageCursors} writes as an opaque cursor.
 */
public record Cursor(String ordering, Object sortValue, String key) {

	private static final String ORDERING = "ordering";
	private static final String VALUE = "value";
	private static final String KEY = "key";

	/** The scroll position's keys. */
	public Map<String, Object> keys() {
		String typed = switch (sortValue) {
			case LocalDate date -> "D" + date;
			case Long number -> "I" + number;
			case Integer number -> "I" + number;
			case Double number -> "F" + number;
			default -> "S" + sortValue;
		};
		var keys = new LinkedHashMap<String, Object>(); // one order, so one row always gets the same cursor
		keys.put(ORDERING, ordering);
		keys.put(VALUE, typed);
		keys.put(KEY, key);
		return keys;
	}

	static boolean isCursorKeys(Map<String, ?> keys) {
		return keys.size() == 3 && keys.get(ORDERING) instanceof String && keys.get(VALUE) instanceof String value
				&& !value.isEmpty() && keys.get(KEY) instanceof String;
	}

	/** Reads a position's keys issued for {@code expectedOrdering}; anything else is the client's error, explained. */
	public static Cursor of(Map<String, ?> keys, String expectedOrdering) {
		if (!isCursorKeys(keys)) {
			throw foreign();
		}
		String ordering = (String) keys.get(ORDERING);
		if (!ordering.equals(expectedOrdering)) {
			throw invalid("input.cursorOtherOrdering", ordering);
		}
		String typed = (String) keys.get(VALUE);
		String value = typed.substring(1);
		try {
			Object sortValue = switch (typed.charAt(0)) {
				case 'D' -> LocalDate.parse(value);
				case 'I' -> Long.parseLong(value);
				case 'F' -> Double.parseDouble(value);
				case 'S' -> value;
				default -> throw foreign();
			};
			return new Cursor(ordering, sortValue, (String) keys.get(KEY));
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			throw foreign();
		}
	}

	static InvalidInputException foreign() {
		return invalid("input.cursorForeign");
	}

	private static InvalidInputException invalid(String why, Object... args) {
		return new InvalidInputException("INVALID_CURSOR", "after", why, args);
	}
}
