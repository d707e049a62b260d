package ca.engagementgraph.api;

import java.util.List;
import java.util.function.UnaryOperator;

import graphql.relay.DefaultPageInfo;
import org.springframework.data.domain.Window;

/**
 * One page of a list as a list field returns it. Usually a {@link WindowConnection}: Spring Data's {@link Window}
 * (the rows, each with its scroll position, and whether more follow), whether rows came before it, and the total
 * when the client asked for it (counting costs a second query); Spring for GraphQL's connection support turns it
 * into the Relay {@code XConnection} ({@link ConnectionWithTotal}), its cursors being the window's positions
 * encoded by {@link PageCursors}. An empty page is that Relay connection already, as Spring's support answers an
 * empty window with an empty connection of its own, which has no total.
 */
public sealed interface Connection<T> permits Connection.WindowConnection, ConnectionWithTotal {

	static <T> Connection<T> of(Window<T> window, boolean hasPrevious, Long totalCount) {
		if (window.isEmpty()) {
			return new ConnectionWithTotal<>(List.of(), new DefaultPageInfo(null, null, hasPrevious, false),
					totalCount);
		}
		return new WindowConnection<>(window, hasPrevious, totalCount);
	}

	/** The rows of this page. */
	List<T> nodes();

	/** The same page with each row replaced by what {@code change} makes of it (cursors unchanged). */
	Connection<T> map(UnaryOperator<T> change);

	/**
	 * A non-empty page. Its name ends in {@code Connection} on purpose: Spring's own connection visitor (the one for
	 * plain windows) passes such results through untouched, whichever of the two visitors runs first.
	 */
	record WindowConnection<T>(Window<T> window, boolean hasPrevious, Long totalCount) implements Connection<T> {

		@Override
		public List<T> nodes() {
			return window.getContent();
		}

		@Override
		public Connection<T> map(UnaryOperator<T> change) {
			return new WindowConnection<>(window.map(change), hasPrevious, totalCount);
		}
	}
}
