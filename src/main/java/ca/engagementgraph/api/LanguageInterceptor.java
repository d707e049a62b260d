package ca.engagementgraph.api;

import java.util.Map;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Puts the language the client asked for (Accept-Language) into the GraphQL context for localized fields. */
@Component
class LanguageInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Language language = Language.preferredBy(request.getHeaders());
		// The locale too: graphql-java writes its parse and validation errors in it (i18n/*_fr.properties).
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(Language.class, language))
			.locale(language == Language.FR ? java.util.Locale.CANADA_FRENCH : java.util.Locale.CANADA)
			.build());
		return chain.next(request);
	}
}
