package ca.engagementgraph.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a page ends, as the sort value and business key of its last row (keyset pagination: stable under
 * inserts, no OFFSET scans). Opaque to clients; bound to the ordering it was issued for.
 */
public record Cursor(String ordering, Object sortValue, String key) {

	private static final String SEPARATOR = "\u001f";

	public String encode() {
		String typed = switch (sortValue) {
			case LocalDate date -> "D" + date;
			case Long number -> "I" + number;
			case Double number -> "F" + number;
			default -> "S" + sortValue;
		};
		String raw = String.join(SEPARATOR, "v1", ordering, typed, key);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/** Reads a cursor issued for {@code expectedOrdering}; anything else is the client's error, explained. */
	public static Cursor decode(String encoded, String expectedOrdering) {
		String[] parts;
		try {
			parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split(SEPARATOR, -1);
		}
		catch (IllegalArgumentException ex) {
			throw invalid("input.cursorForeign");
		}
		if (parts.length != 4 || !parts[0].equals("v1") || parts[2].isEmpty()) {
			throw invalid("input.cursorForeign");
		}
		if (!parts[1].equals(expectedOrdering)) {
			throw invalid("input.cursorOtherOrdering", parts[1]);
		}
		String value = parts[2].substring(1);
		try {
			Object sortValue = switch (parts[2].charAt(0)) {
				case 'D' -> LocalDate.parse(value);
				case 'I' -> Long.parseLong(value);
				case 'F' -> Double.parseDouble(value);
				case 'S' -> value;
				default -> throw invalid("input.cursorForeign");
			};
			return new Cursor(parts[1], sortValue, parts[3]);
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			throw invalid("input.cursorForeign");
		}
	}

	private static InvalidInputException invalid(String why, Object... args) {
		return new InvalidInputException("INVALID_CURSOR", "after", why, args);
	}
}
