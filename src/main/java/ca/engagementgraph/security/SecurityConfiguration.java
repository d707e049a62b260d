package ca.engagementgraph.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.jspecify.annotations.Nullable;
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
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who gets in. Everything but the health endpoint needs a signed-in user holding one of the four roles: in the demo
 * profile, one of four built-in users (viewer, analyst, coordinator, admin) with HTTP Basic; otherwise a JWT bearer
 * token from the configured identity provider, for this service's audience, roles and clearance read from
 * configurable claims. Every refusal says why with a code ({@link SignInRefusal}); failed sign-ins are slowed down
 * per user and per address ({@link SignInThrottle}). Sessions are not kept: every request
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

	/** The demo's HTTP Basic realm. */
	static final String DEMO_REALM = "Engagement Graph (demo)";

	/**
	 * What the dashboard and GraphiQL pages may load and do: only the service's own scripts, styles, images and
	 * connections (no inline script or style, no other origin, no plugin), and no framing by other sites.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Spring Security observes nothing of its own: with an observation registry present it otherwise wraps every filter
	 * of its chain, every sign-in and every authorization check (each secured controller method, batch loads included)
	 * in an observation, a dozen per request that say nothing the HTTP and GraphQL ones do not. Turned off by a
	 * predicate (management.observations.enable), they were still made, as no-ops: 12 % of the service's CPU on the
	 * headline question went to observations, 7 % once they are not made at all (PERFORMANCE.md, 4.15).
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, Environment environment, SecurityProperties properties,
			SignInThrottle throttle, ObjectProvider<IdentityProvider> identityProvider) throws Exception {
		boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
		var responses = new SignInResponses(demo ? DEMO_REALM : null);
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
			// The metrics tell how the service is used (operation names, data fetchers, load): administrators only,
			// like the health endpoint's details. A Prometheus server scrapes with an administrator's credentials.
			.requestMatchers("/actuator/prometheus").hasRole("ADMIN")
			// The dashboard's page, scripts and documents hold no data: it signs in before it asks for any.
			.requestMatchers(HttpMethod.GET, DASHBOARD_ASSETS).permitAll()
			.requestMatchers(HttpMethod.POST, "/imports").hasRole("ADMIN")
			.requestMatchers("/imports/**").hasRole("ADMIN")
			// Signed in is not enough: a reader holding none of the four roles (viewer and up, by the role
			// hierarchy) gets nothing at all, whatever else a token says about them (NO_ROLE).
			.anyRequest().hasRole("VIEWER"))
			.csrf(csrf -> csrf.disable())
			.addFilterBefore(new UploadHeaderFilter(UPLOAD_HEADER), org.springframework.security.web.csrf.CsrfFilter.class)
			.addFilterBefore(new SignInGate(throttle, responses), LogoutFilter.class)
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(responses).accessDeniedHandler(responses))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		if (demo) {
			http.httpBasic(basic -> basic.realmName(DEMO_REALM).authenticationEntryPoint(responses));
		}
		else {
			var tokens = new JwtAuthenticationProvider(identityProvider.getObject());
			tokens.setJwtAuthenticationConverter(jwtConverter(properties.rolesClaim(), properties.clearanceClaim()));
			http.oauth2ResourceServer(server -> server.authenticationEntryPoint(responses).accessDeniedHandler(responses)
				.jwt(jwt -> jwt.authenticationManager(SignInResponses.bearerTokens(tokens))));
		}
		return http.build();
	}

	/**
	 * Outside the demo, the identity provider whose tokens are accepted: its issuer (or key set) and this service's
	 * audience must be configured; whether it can be reached is checked at once, without holding up the start.
	 */
	@Bean
	@Profile("!demo")
	IdentityProvider identityProvider(Environment environment, SecurityProperties properties) {
		String issuer = environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "");
		String jwkSetUri = environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "");
		if (issuer.isBlank() && jwkSetUri.isBlank()) {
			throw new IllegalStateException("Outside the demo profile the service accepts only JWT bearer tokens: set "
					+ "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI (or ..._JWK_SET_URI) to the identity provider.");
		}
		// Ours (ENGAGEMENT_GRAPH_SECURITY_AUDIENCE), or Spring Boot's own property for the same thing.
		String listed = properties.audience() + ","
				+ environment.getProperty("spring.security.oauth2.resourceserver.jwt.audiences", "");
		var audiences = new LinkedHashSet<String>();
		Arrays.stream(listed.split(",")).map(String::strip).filter(audience -> !audience.isEmpty())
			.forEach(audiences::add);
		if (audiences.isEmpty()) {
			throw new IllegalStateException("Outside the demo profile the service must check that a token was issued "
					+ "for it, not for another application of the same identity provider: set "
					+ "ENGAGEMENT_GRAPH_SECURITY_AUDIENCE to this service's audience (its client id there).");
		}
		var provider = IdentityProvider.of(issuer, jwkSetUri, List.copyOf(audiences));
		provider.checkAtStartup();
		return provider;
	}

	/** Failed sign-ins, counted per user name and per client address (see {@link SignInThrottle}). */
	@Bean
	SignInThrottle signInThrottle(SecurityProperties properties) {
		var limits = properties.failedSignIns();
		return new SignInThrottle(limits.perUser(), limits.perAddress(), limits.window(), Clock.systemUTC());
	}

	@Bean
	@Profile("demo")
	org.springframework.security.crypto.password.PasswordEncoder passwordEncoder() {
		// BCrypt at the demo users' own cost. The default delegating encoder (cost 10) sees their cost-4 hashes as
		// needing an upgrade and re-hashes the password at cost 10 after a successful sign-in, after which every
		// stateless Basic request pays a cost-10 check: about 70 ms per request, more than most queries take.
		// Remembered once matched (RememberedPasswords): even at cost 4 the check is a tenth of a small answer's work.
		return new RememberedPasswords(new org.springframework.security.crypto.password.DelegatingPasswordEncoder(
				"bcrypt", java.util.Map.of("bcrypt", new BCryptPasswordEncoder(DEMO_BCRYPT_COST))));
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

	/** The roles a token may grant; any other value of the roles claim grants nothing. */
	private static final List<String> KNOWN_ROLES = List.of("VIEWER", "ANALYST", "COORDINATOR", "ADMIN");

	/**
	 * Roles from {@code rolesClaim} (viewer... admin; unknown values ignored), clearance from {@code clearanceClaim}
	 * (PROTECTED_B). The clearance belongs to a reader with a role: a token with a clearance and no known role grants
	 * nothing at all.
	 */
	static JwtAuthenticationConverter jwtConverter(String rolesClaim, String clearanceClaim) {
		var converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter((Jwt jwt) -> {
			Collection<GrantedAuthority> authorities = new ArrayList<>();
			for (String role : values(jwt.getClaim(rolesClaim))) {
				String upper = role.strip().toUpperCase(java.util.Locale.ROOT);
				if (KNOWN_ROLES.contains(upper)) {
					authorities.add(new SimpleGrantedAuthority("ROLE_" + upper));
				}
			}
			if (!authorities.isEmpty()
					&& values(jwt.getClaim(clearanceClaim)).stream().anyMatch(c -> c.equalsIgnoreCase("PROTECTED_B"))) {
				authorities.add(new SimpleGrantedAuthority(Access.PROTECTED_B));
			}
			return authorities;
		});
		return converter;
	}

	private static List<String> values(@Nullable Object claim) {
		if (claim instanceof Collection<?> many) {
			return many.stream().map(String::valueOf).toList();
		}
		return claim == null ? List.of() : List.of(String.valueOf(claim));
	}
}
