package ca.engagementgraph.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;

/** {@code viewer}: who is signed in, so that a client can show only what they may use. */
@Controller
@ConditionalOnWebApplication // like the sign-in rules it reads; the command line has no signed-in user

class ViewerController {

	/** The signed-in user, with the roles the ladder gives them. */
	record Viewer(String name, List<String> roles, boolean canRecord, boolean protectedB) {
	}

	private static final List<String> LADDER = List.of("VIEWER", "ANALYST", "COORDINATOR", "ADMIN");

	private final RoleHierarchy roles;

	ViewerController(RoleHierarchy roles) {
		this.roles = roles;
	}

	@QueryMapping
	Viewer viewer(Authentication authentication) {
		Set<String> held = roles.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		List<String> ladder = LADDER.stream().filter(role -> held.contains("ROLE_" + role)).toList();
		return new Viewer(authentication.getName(), ladder, held.contains(Access.COORDINATOR),
				held.contains(Access.PROTECTED_B));
	}
}
