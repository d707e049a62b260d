package ca.engagementgraph.nudge;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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
 * Only the service's own pages, and the origins an operator lists ({@code ALLOWED_ORIGINS}), may open the GraphQL
 * WebSocket. A browser sends a page's origin with every WebSocket handshake and may attach credentials it remembers
 * (HTTP Basic after a sign-in prompt), so without this another site's page could subscribe as the user and read their
 * nudges. Spring for GraphQL checks origins only when {@code spring.graphql.cors} lists some; clients that are not
 * browsers send no origin and pass, as they must sign in on their own anyway.
 */
@Configuration(proxyBeanMethods = false)
class WebSocketOrigins {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> graphQlWebSocketOrigins(
			@Value("${spring.graphql.websocket.path:/graphql-ws}") String path,
			@Value("${engagement-graph.security.allowed-origins:}") String listed) {
		Set<String> allowed = Arrays.stream(listed.split(",")).map(WebSocketOrigins::normalized)
			.filter(origin -> !origin.isEmpty()).collect(Collectors.toUnmodifiableSet());
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String origin = request.getHeader("Origin");
				if (origin == null || allowed.contains(normalized(origin)) || sameOrigin(origin, request)) {
					chain.doFilter(request, response);
					return;
				}
				response.sendError(HttpServletResponse.SC_FORBIDDEN);
			}
		});
		registration.addUrlPatterns(path);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** The page's host and port are those the request was sent to (the Host header, whatever a proxy's scheme). */
	static boolean sameOrigin(String origin, HttpServletRequest request) {
		String host = request.getHeader("Host");
		if (host == null) {
			return false;
		}
		try {
			URI uri = URI.create(origin.strip());
			String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
			return authority != null && authority.equalsIgnoreCase(host.strip());
		}
		catch (IllegalArgumentException ex) { // "null" (a sandboxed page) or garbage: not ours
			return false;
		}
	}

	private static String normalized(String origin) {
		String trimmed = origin.strip().toLowerCase(Locale.ROOT);
		return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}
}
