package ca.engagementgraph;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Every label answers in the language asked for: by argument, else by Accept-Language, else English. */
@GraphIntegrationTest
class BilingualTest {

	private static final String DEPARTMENT = """
			{ department(code: "CBSA") { name nameEn nameFr french: name(lang: FR) english: name(lang: EN) } }
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void labelsAreEnglishByDefault() {
		var response = graphQl.document(DEPARTMENT).execute();
		String english = response.path("department.nameEn").entity(String.class).get();
		response.path("department.name").entity(String.class).isEqualTo(english);
	}

	@Test
	void acceptLanguageFrenchSwitchesLabelsToFrench() {
		var french = graphQl.mutate().header("Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5").build()
			.document(DEPARTMENT).execute();
		String nameFr = french.path("department.nameFr").entity(String.class).get();
		french.path("department.name").entity(String.class).isEqualTo(nameFr);
	}

	@Test
	void theLangArgumentWinsOverTheHeader() {
		var response = graphQl.mutate().header("Accept-Language", "fr").build().document(DEPARTMENT).execute();
		String nameEn = response.path("department.nameEn").entity(String.class).get();
		String nameFr = response.path("department.nameFr").entity(String.class).get();
		response.path("department.english").entity(String.class).isEqualTo(nameEn);
		response.path("department.french").entity(String.class).isEqualTo(nameFr);
	}

	@Test
	void anUnsupportedOrMalformedLanguageFallsBackToEnglish() {
		for (String header : new String[] { "de-DE", "x;;;q=zz" }) {
			var response = graphQl.mutate().header("Accept-Language", header).build().document(DEPARTMENT).execute();
			String nameEn = response.path("department.nameEn").entity(String.class).get();
			response.path("department.name").entity(String.class).isEqualTo(nameEn);
		}
	}
}
