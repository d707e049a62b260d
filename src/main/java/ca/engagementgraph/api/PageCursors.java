package ca.engagementgraph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * The cursors of every list: Spring for GraphQL's own (a keyset {@link ScrollPosition} written as JSON, then
 * Base64), with one difference: a cursor this service did not issue is the client's error, explained
 * ({@code INVALID_CURSOR} on {@code after}), not a server fault. A page's position holds the ordering it was issued
 * for, the typed sort value and the business key of its last row ({@link Cursor}).
 */
class PageCursors implements CursorStrategy<ScrollPosition> {

	private static final JsonStringEncoder QUOTED = JsonStringEncoder.getInstance();

	private final CursorStrategy<ScrollPosition> spring = CursorStrategy.withEncoder(new ScrollPositionCursorStrategy(),
			CursorEncoder.base64());

	@Override
	public boolean supports(Class<?> targetType) {
		return spring.supports(targetType);
	}

	/**
	 * A page's cursors, one per row, in Spring's format (and read back by Spring), written here: Spring writes each
	 * through its reactive JSON encoder, buffers and all, which was 4 % of the CPU of the headline's page of 50 at
	 * scale L. The keys are the three strings of a {@link Cursor}; Spring's default typing names their map's class.
	 */
	@Override
	public String toCursor(ScrollPosition position) {
		if (position instanceof KeysetScrollPosition keyset && Cursor.isCursorKeys(keyset.getKeys())) {
			return Base64.getEncoder().encodeToString(keysetJson(keyset.getKeys()).getBytes(StandardCharsets.UTF_8));
		}
		return spring.toCursor(position);
	}

	private static String keysetJson(Map<String, Object> keys) {
		var json = new StringBuilder(128).append("K_[\"").append(keys.getClass().getName()).append("\",{");
		String separator = "";
		for (var entry : keys.entrySet()) {
			json.append(separator).append('"');
			QUOTED.quoteAsString(entry.getKey(), json);
			json.append("\":\"");
			QUOTED.quoteAsString((String) entry.getValue(), json);
			json.append('"');
			separator = ",";
		}
		return json.append("}]").toString();
	}

	@Override
	public ScrollPosition fromCursor(String cursor) {
		ScrollPosition position;
		try {
			position = spring.fromCursor(cursor);
		}
		catch (RuntimeException ex) { // not Base64, not JSON, not a position: not ours
			throw Cursor.foreign();
		}
		if (!(position instanceof KeysetScrollPosition keyset) || !Cursor.isCursorKeys(keyset.getKeys())) {
			throw Cursor.foreign();
		}
		return position;
	}
}
