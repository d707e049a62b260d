package ca.engagementgraph.security;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/** Outside the demo, a department's sign-on token says who the reader is: roles and clearance from its claims. */
class JwtClaimsTest {

	private static List<String> authorities(Jwt jwt) {
		return SecurityConfiguration.jwtConverter("groups", "level").convert(jwt).getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> !authority.startsWith("FACTOR_")) // Spring Security's record of how one signed in
			.toList();
	}

	private static Jwt.Builder token() {
		return Jwt.withTokenValue("t").header("alg", "RS256").subject("jane").issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60));
	}

	@Test
	void rolesAndClearanceComeFromTheConfiguredClaims() {
		assertThat(authorities(token().claim("groups", List.of("analyst")).claim("level", "PROTECTED_B").build()))
			.containsExactlyInAnyOrder("ROLE_ANALYST", Access.PROTECTED_B);
		assertThat(authorities(token().claim("groups", "coordinator").claim("level", List.of("unclassified")).build()))
			.containsExactly("ROLE_COORDINATOR");
	}

	@Test
	void anUnknownRoleOrAClearanceWithoutARoleGrantsNothing() {
		assertThat(authorities(token().claim("groups", List.of("superuser", "root")).claim("level", "PROTECTED_B").build()))
			.isEmpty();
		assertThat(authorities(token().claim("level", "PROTECTED_B").build())).isEmpty();
		assertThat(authorities(token().claim("groups", List.of("superuser", "viewer")).build()))
			.containsExactly("ROLE_VIEWER");
	}

	@Test
	void aTokenWithoutTheClaimsGrantsNothing() {
		assertThat(authorities(token().claim("roles", List.of("admin")).claim("clearance", "PROTECTED_B").build())).isEmpty();
	}
}
