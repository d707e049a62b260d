package ca.engagementgraph.security;

import java.io.IOException;

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

	@Bean
	Instrumentation maxQueryDepth() {
		return new MaxQueryDepthInstrumentation(MAX_DEPTH) {
			@Override
			public graphql.execution.instrumentation.InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
					graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters parameters,
					graphql.execution.instrumentation.InstrumentationState state) {
				try {
					return super.beginExecuteOperation(parameters, state);
				}
				catch (TooDeep tooDeep) {
					throw DocumentLimits.refused(parameters.getExecutionContext().getLocale(), "QUERY_TOO_DEEP",
							"error.tooDeep", tooDeep.depth, MAX_DEPTH);
				}
			}

			@Override
			protected graphql.execution.AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return new TooDeep(depth);
			}
		};
	}

	/** graphql-java's depth refusal, carrying the depth found, to be told in the client's language. */
	private static final class TooDeep extends graphql.execution.AbortExecutionException {

		private final int depth;

		TooDeep(int depth) {
			super("too deep");
			this.depth = depth;
		}
	}

	/** Cost from the real sizes of the graph's lists ({@link QueryCost}), refused before anything runs. */
	@Bean
	Instrumentation queryCost(ListSizes sizes) {
		return new QueryCost(sizes, QueryCost.MAX_COST);
	}

	/**
	 * Size and time of the answer as it is built ({@link AnswerBudget}): {@code ANSWER_MAX_VALUES} values and
	 * {@code ANSWER_TIME_BUDGET} at most.
	 */
	@Bean
	Instrumentation answerBudget(
			@org.springframework.beans.factory.annotation.Value("${engagement-graph.limits.answer-max-values:200000}") long maxValues,
			@org.springframework.beans.factory.annotation.Value("${engagement-graph.limits.answer-time-budget:20s}") java.time.Duration timeBudget) {
		return new AnswerBudget(maxValues, timeBudget, System::nanoTime);
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
