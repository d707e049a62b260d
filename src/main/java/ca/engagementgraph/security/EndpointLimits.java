package ca.engagementgraph.security;

import java.io.IOException;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The limits every GraphQL request meets (OWASP's GraphQL cheat sheet as the checklist): nesting depth, cost,
 * aliases, directives, repeated fields, tokens, and the size of the HTTP body. Each refusal is a clear error.
 */
@Configuration(proxyBeanMethods = false)
class EndpointLimits {

	/** Deep enough for GraphiQL's introspection query (13 levels) and every dashboard document. */
	static final int MAX_DEPTH = 15;
	/**
	 * Cost: every field 1, a connection times its {@code first} (20 when not given; its edges and nodes are that
	 * page), any other list times 10. The dashboards' largest documents cost under 20,000 at their page sizes.
	 */
	static final int MAX_COMPLEXITY = 50_000;
	static final int MAX_BODY_BYTES = 256 * 1024;

	@Bean
	Instrumentation maxQueryDepth() {
		return new MaxQueryDepthInstrumentation(MAX_DEPTH);
	}

	@Bean
	Instrumentation maxQueryComplexity() {
		return new MaxQueryComplexityInstrumentation(MAX_COMPLEXITY, (environment, childComplexity) -> {
			var type = graphql.schema.GraphQLTypeUtil.unwrapNonNull(environment.getFieldDefinition().getType());
			String name = graphql.schema.GraphQLTypeUtil.unwrapAll(type).getName();
			if (name.endsWith("Connection")) {
				Object first = environment.getArguments().get("first");
				return 1 + (first instanceof Number n ? Math.max(1, n.intValue()) : 20) * Math.max(1, childComplexity);
			}
			boolean pageOfAConnection = environment.getParentType() instanceof graphql.schema.GraphQLNamedType parent
					&& parent.getName().endsWith("Connection");
			if (graphql.schema.GraphQLTypeUtil.isList(type) && !pageOfAConnection) {
				return 1 + 10 * Math.max(1, childComplexity);
			}
			return 1 + childComplexity;
		});
	}

	@Bean
	Instrumentation documentLimits() {
		return new DocumentLimits();
	}

	/**
	 * A GraphQL request body larger than any real query is refused: at once when its length is declared, after
	 * reading at most the limit when it is streamed (chunked).
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> graphQlBodyLimit() {
		var filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (request.getContentLengthLong() > MAX_BODY_BYTES) {
					tooLarge(response);
					return;
				}
				if (request.getContentLengthLong() < 0 && "POST".equals(request.getMethod())) {
					byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
					if (body.length > MAX_BODY_BYTES) {
						tooLarge(response);
						return;
					}
					chain.doFilter(new BufferedBody(request, body), response);
					return;
				}
				chain.doFilter(request, response);
			}
		};
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
		registration.setName("graphQlBodyLimit");
		registration.addUrlPatterns("/graphql");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	private static void tooLarge(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		response.setContentType("application/json");
		response.getWriter().write("{\"errors\":[{\"message\":\"The request body is larger than " + MAX_BODY_BYTES / 1024
				+ " KB.\",\"extensions\":{\"code\":\"REQUEST_TOO_LARGE\"}}]}");
	}

	/** A request whose body was already read (to measure it), replayed to the rest of the chain. */
	private static final class BufferedBody extends jakarta.servlet.http.HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public jakarta.servlet.ServletInputStream getInputStream() {
			var in = new java.io.ByteArrayInputStream(body);
			return new jakarta.servlet.ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(jakarta.servlet.ReadListener listener) {
					throw new UnsupportedOperationException("synchronous reads only");
				}
			};
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}
	}
}
