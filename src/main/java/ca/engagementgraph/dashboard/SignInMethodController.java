package ca.engagementgraph.dashboard;

import java.util.Map;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How the dashboard's sign-in page asks for credentials: a user name and password in the demo profile (HTTP
 * Basic), otherwise an access token from the department's identity provider (JWT bearer). Public: it says nothing
 * about the data.
 */
@RestController
class SignInMethodController {

	private final String method;

	SignInMethodController(Environment environment) {
		this.method = environment.acceptsProfiles(Profiles.of("demo")) ? "basic" : "bearer";
	}

	@GetMapping("/dashboard/sign-in")
	Map<String, String> signInMethod() {
		return Map.of("method", method);
	}
}
