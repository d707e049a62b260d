package ca.engagementgraph.security;

import java.io.IOException;
import java.time.Duration;

import graphql.execution.instrumentation.Instrumentation;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The limits every GraphQL request meets (OWASP's GraphQL cheat sheet as the checklist): nesting depth, cost
 * estimated from the real sizes of the graph's lists, aliases, directives, repeated fields, tokens, the size of the
 * HTTP body, and, while the answer is built, its number of values and its time. Each refusal is an error with a code
 * saying which limit and a sentence, in the client's language, saying how to narrow the request.
 */
@Configuration(proxyBeanMethods = false)
class EndpointLimits {

	/** Deep enough for GraphiQL's introspection query (13 levels) and every dashboard document. */
	static final int MAX_DEPTH = 15;
	static final int MAX_BODY_BYTES = 256 * 1024;

	/**
	 * The request's limits as one instrumentation ({@link GraphQlLimits}): depth and cost from the real sizes of the
	 * graph's lists, refused before anything runs ({@link QueryCost}); the answer's size and time as it is built,
	 * {@code ANSWER_MAX_VALUES} values and {@code ANSWER_TIME_BUDGET} at most ({@link AnswerBudget}); aliases,
	 * directives and repeated fields ({@link DocumentLimits}).
	 */
	@Bean
	Instrumentation graphQlLimits(ListSizes sizes,
			@Value("${engagement-graph.limits.answer-max-values:200000}") long maxValues,
			@Value("${engagement-graph.limits.answer-time-budget:20s}") Duration timeBudget) {
		return new GraphQlLimits(new QueryCost(sizes, QueryCost.MAX_COST, MAX_DEPTH),
				new AnswerBudget(maxValues, timeBudget, System::nanoTime));
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
					tooLarge(request, response);
					return;
				}
				if (request.getContentLengthLong() < 0 && "POST".equals(request.getMethod())) {
					byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
					if (body.length > MAX_BODY_BYTES) {
						tooLarge(request, response);
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

	/**
	 * Anything sent to the GraphQL endpoint that is not a GraphQL request is answered with a code and a sentence
	 * ({@link RequestShape}), after sign-in (Spring Security's filters run at order -100).
	 */
	@Bean
	FilterRegistrationBean<RequestShape> graphQlRequestShape() {
		var registration = new FilterRegistrationBean<>(new RequestShape());
		registration.setName("graphQlRequestShape");
		registration.addUrlPatterns("/graphql");
		registration.setOrder(0);
		return registration;
	}

	private static void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		RequestShape.refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "REQUEST_TOO_LARGE",
				"error.requestTooLarge", MAX_BODY_BYTES / 1024);
	}

	/** A request whose body was already read (to measure it), replayed to the rest of the chain. */
	static final class BufferedBody extends jakarta.servlet.http.HttpServletRequestWrapper {

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
