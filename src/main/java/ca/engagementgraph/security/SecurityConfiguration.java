package ca.engagementgraph.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who gets in. Everything but the health endpoint needs a signed-in user: in the demo profile, one of four
 * built-in users (viewer, analyst, coordinator, admin) with HTTP Basic; otherwise a JWT bearer token from the
 * configured issuer, roles and clearance read from configurable claims. Sessions are not kept: every request
 * carries its credentials (the dashboard keeps them for the browser tab and sends them with each request).
 * Cross-site request forgery cannot reach the API: GraphQL accepts only JSON bodies (a form cannot send them
 * cross-site), and uploads require a header a form cannot set.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // the command line has no web endpoints to guard
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

	static final String UPLOAD_HEADER = "X-Requested-By";

	static final String[] DASHBOARD_ASSETS = { "/", "/index.html", "/app/**", "/webjars/**", "/ui-queries/*.graphql",
			"/favicon.svg", "/dashboard/sign-in" };

	@Bean
	SecurityFilterChain api(HttpSecurity http, Environment environment, ObjectProvider<JwtDecoder> jwtDecoder)
			throws Exception {
		boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
			// The dashboard's page, scripts and documents hold no data: it signs in before it asks for any.
			.requestMatchers(HttpMethod.GET, DASHBOARD_ASSETS).permitAll()
			.requestMatchers(HttpMethod.POST, "/imports").hasRole("ADMIN")
			.requestMatchers("/imports/**").hasRole("ADMIN")
			.anyRequest().authenticated())
			.csrf(csrf -> csrf.disable())
			.addFilterBefore(new UploadHeaderFilter(UPLOAD_HEADER), org.springframework.security.web.csrf.CsrfFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		if (demo) {
			http.httpBasic(basic -> basic.realmName("Engagement Graph (demo)"));
		}
		else {
			if (jwtDecoder.getIfAvailable() == null) {
				throw new IllegalStateException("Outside the demo profile the service accepts only JWT bearer tokens: set "
						+ "spring.security.oauth2.resourceserver.jwt.issuer-uri (or jwk-set-uri) to the identity provider.");
			}
			http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(jwtConverter(
					environment.getProperty("engagement-graph.security.roles-claim", "roles"),
					environment.getProperty("engagement-graph.security.clearance-claim", "clearance")))));
		}
		return http.build();
	}

	@Bean
	@Profile("demo")
	org.springframework.security.crypto.password.PasswordEncoder passwordEncoder() {
		// BCrypt at the demo users' own cost. The default delegating encoder (cost 10) sees their cost-4 hashes as
		// needing an upgrade and re-hashes the password at cost 10 after a successful sign-in, after which every
		// stateless Basic request pays a cost-10 check: about 70 ms per request, more than most queries take.
		return new org.springframework.security.crypto.password.DelegatingPasswordEncoder("bcrypt",
				java.util.Map.of("bcrypt", new BCryptPasswordEncoder(DEMO_BCRYPT_COST)));
	}

	/** Low, because stateless Basic auth checks the password on every request and the demo's password is public. */
	static final int DEMO_BCRYPT_COST = 4;

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy(Access.HIERARCHY);
	}

	/** The demo's four users, passwords stored hashed. They exist in the demo profile only. */
	@Bean
	@Profile("demo")
	UserDetailsService demoUsers(SecurityProperties properties) {
		// Hashed, never kept in clear; a low BCrypt cost because stateless Basic auth checks the password on every
		// request, and the demo's password is public anyway (production signs in with JWTs).
		var encoder = new BCryptPasswordEncoder(DEMO_BCRYPT_COST);
		String hash = "{bcrypt}" + encoder.encode(properties.demoPassword());
		return new InMemoryUserDetailsManager(
				User.withUsername("viewer").password(hash).authorities(Access.VIEWER).build(),
				User.withUsername("analyst").password(hash).authorities(Access.ANALYST, Access.PROTECTED_B).build(),
				User.withUsername("coordinator").password(hash).authorities(Access.COORDINATOR, Access.PROTECTED_B).build(),
				User.withUsername("admin").password(hash).authorities(Access.ADMIN, Access.PROTECTED_B).build());
	}

	/** Roles from {@code rolesClaim} (viewer... admin), clearance from {@code clearanceClaim} (PROTECTED_B). */
	static JwtAuthenticationConverter jwtConverter(String rolesClaim, String clearanceClaim) {
		var converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter((Jwt jwt) -> {
			Collection<GrantedAuthority> authorities = new ArrayList<>();
			for (String role : values(jwt.getClaim(rolesClaim))) {
				authorities.add(new SimpleGrantedAuthority("ROLE_" + role.toUpperCase(java.util.Locale.ROOT)));
			}
			if (values(jwt.getClaim(clearanceClaim)).stream().anyMatch(c -> c.equalsIgnoreCase("PROTECTED_B"))) {
				authorities.add(new SimpleGrantedAuthority(Access.PROTECTED_B));
			}
			return authorities;
		});
		return converter;
	}

	private static List<String> values(Object claim) {
		if (claim instanceof Collection<?> many) {
			return many.stream().map(String::valueOf).toList();
		}
		return claim == null ? List.of() : List.of(String.valueOf(claim));
	}
}
