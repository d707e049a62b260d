package ca.engagementgraph.security;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The roles and the clearance, in one place. Roles form a ladder (admin > coordinator > analyst > viewer);
 * the clearance is a separate authority: analysts and above hold it in the demo, a JWT grants it by its clearance
 * claim.
 */
public final class Access {

	public static final String VIEWER = "ROLE_VIEWER";
	public static final String ANALYST = "ROLE_ANALYST";
	public static final String COORDINATOR = "ROLE_COORDINATOR";
	public static final String ADMIN = "ROLE_ADMIN";
	public static final String PROTECTED_B = "CLEARANCE_PROTECTED_B";

	/** The role ladder, as Spring Security's role hierarchy reads it. */
	static final String HIERARCHY = """
			ROLE_ADMIN > ROLE_COORDINATOR
			ROLE_COORDINATOR > ROLE_ANALYST
			ROLE_ANALYST > ROLE_VIEWER
			""";

	/** Labels holding Protected B information: hidden from readers without the clearance, wherever they look. */
	public static final Set<String> PROTECTED_B_LABELS = ca.engagementgraph.model.GraphModel.ALWAYS_PROTECTED;

	private Access() {
	}

	/** Whether the current user may read Protected B information. */
	public static boolean cleared() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(PROTECTED_B::equals);
	}

	/** The current user's name, for the audit trail. */
	public static String userName() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "anonymous" : authentication.getName();
	}
}
