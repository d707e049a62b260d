package ca.engagementgraph.api;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;

/**
 * The cursors of every list: Spring for GraphQL's own (a keyset {@link ScrollPosition} written as JSON, then
 * Base64), with one difference: a cursor this service did not issue is the client's error, explained
 * ({@code INVALID_CURSOR} on {@code after}), not a server fault. A page's position holds the ordering it was issued
 * for, the typed sort value and the business key of its last row ({@link Cursor}).
 */
public class PageCursors implements CursorStrategy<ScrollPosition> {

	private final CursorStrategy<ScrollPosition> spring = CursorStrategy.withEncoder(new ScrollPositionCursorStrategy(),
			CursorEncoder.base64());

	@Override
	public boolean supports(Class<?> targetType) {
		return spring.supports(targetType);
	}

	@Override
	public String toCursor(ScrollPosition position) {
		return spring.toCursor(position);
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
