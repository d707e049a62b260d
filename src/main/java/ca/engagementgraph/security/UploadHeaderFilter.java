package ca.engagementgraph.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Multipart uploads are the one thing an HTML form on another site could post with the browser's stored
 * credentials; requiring a custom header (which forms cannot set) closes that door.
 */
class UploadHeaderFilter extends OncePerRequestFilter {

	private final String header;

	UploadHeaderFilter(String header) {
		this.header = header;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("POST".equals(request.getMethod()) && request.getRequestURI().startsWith("/imports")
				&& request.getHeader(header) == null) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			response.setContentType("application/json");
			response.getWriter().write("{\"code\":\"MISSING_HEADER\",\"message\":\"Uploads must carry the header "
					+ header + " (any value).\"}");
			return;
		}
		chain.doFilter(request, response);
	}
}
