package ca.engagementgraph.api;

import java.util.Collection;
import java.util.List;

import graphql.relay.Edge;
import graphql.relay.PageInfo;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.ConnectionAdapter;
import org.springframework.graphql.data.pagination.ConnectionAdapterSupport;
import org.springframework.graphql.data.pagination.ConnectionFieldTypeVisitor;
import org.springframework.graphql.data.pagination.CursorStrategy;

/**
 * Lists on Spring for GraphQL's cursor support: list fields take a {@code ScrollSubrange} (from {@code first} and
 * {@code after}, decoded by {@link PageCursors}) and return a {@link Connection} (a Spring Data window with its
 * total); the connection visitor adapts it to the schema's {@code XConnection} with cursors, page info,
 * {@code totalCount} and {@code nodes}.
 */
@Configuration(proxyBeanMethods = false)
class Pagination {

	/**
	 * Preferred to Spring Boot's default strategy (same format), so every cursor is read and refused alike: the
	 * controllers' {@code ScrollSubrange} and Spring's own window adapter both take the primary strategy.
	 */
	@Bean
	@Primary
	PageCursors pageCursors() {
		return new PageCursors();
	}

	@Bean
	GraphQlSourceBuilderCustomizer connectionsWithTotal(PageCursors cursors) {
		var visitor = ConnectionFieldTypeVisitor.create(new WindowWithTotalAdapter(cursors));
		return builder -> builder.typeVisitors(List.of(visitor));
	}

	/** A {@link Connection}'s window as the Relay connection, its total carried along. */
	static final class WindowWithTotalAdapter extends ConnectionAdapterSupport<ScrollPosition>
			implements ConnectionAdapter {

		WindowWithTotalAdapter(CursorStrategy<ScrollPosition> cursors) {
			super(cursors);
		}

		@Override
		public boolean supports(Class<?> containerType) {
			return Connection.WindowConnection.class.isAssignableFrom(containerType);
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> Collection<T> getContent(Object container) {
			return ((Connection.WindowConnection<T>) container).window().getContent();
		}

		@Override
		public boolean hasPrevious(Object container) {
			return ((Connection.WindowConnection<?>) container).hasPrevious();
		}

		@Override
		public boolean hasNext(Object container) {
			return ((Connection.WindowConnection<?>) container).window().hasNext();
		}

		@Override
		public String cursorAt(Object container, int index) {
			return getCursorStrategy().toCursor(((Connection.WindowConnection<?>) container).window().positionAt(index));
		}

		@Override
		public <T> Object createConnection(Object container, List<Edge<T>> edges, PageInfo pageInfo) {
			return new ConnectionWithTotal<>(edges, pageInfo, ((Connection.WindowConnection<?>) container).totalCount());
		}
	}
}
