package ca.engagementgraph.dashboard;

import java.util.List;

import ca.engagementgraph.FixtureGraph;
import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard's defects of issue 16, each seen fixed in a real headless Chromium, in English and in French: the
 * before/after table's quarters, the banner after a reload, the meeting form across a language switch, French
 * quarters and acronyms, users' sentences for refusals, loading, Retry and "Page not found", the printed briefing
 * pack's marking and page numbers, and going from a missed opportunity or a planned meeting to the form. Jorvania
 * (XJ), fictional, has a planned meeting to edit, hold and cancel; it is removed afterwards.
 */
@GraphIntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardDefectsInBrowserTest {

	private static final String JORVANIA = """
			MATCH (canada:Country {iso2: 'CA'}), (cbsa:Department {code: 'CBSA'})
			CREATE (xj:Country {iso2: 'XJ', iso3: 'XJA', nameEn: 'Jorvania', nameFr: 'Jorvanie', region: 'EUROPE'})
			CREATE (embassy:Mission {code: 'XJ-OTT', nameEn: 'Embassy of Jorvania', nameFr: 'Ambassade de Jorvanie', kind: 'EMBASSY', city: 'Ottawa'})
			  -[:REPRESENTS]->(xj), (embassy)-[:LOCATED_IN]->(canada)
			CREATE (e:Engagement {code: 'XJ-HOM-2027-01-15', version: 1, date: date('2027-01-15'), status: 'PLANNED',
			        kind: 'HEAD_OF_MISSION_MEETING', setting: 'OTTAWA', level: 'DIRECTOR', classification: 'UNCLASSIFIED',
			        summaryEn: 'First meeting with the new ambassador.', summaryFr: 'Première rencontre avec le nouvel ambassadeur.'})
			CREATE (e)-[:CONCERNS]->(xj), (e)-[:WITH]->(embassy), (e)-[:ATTENDED_BY {lead: true}]->(cbsa)
			""";

	private static final String MEETING = "XJ-HOM-2027-01-15";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	Browser browser;

	FixtureGraph jorvania;

	@BeforeAll
	void startBrowser() {
		assumeTrue(Browser.installed(), "Browser tests need Chromium and its driver: apt-get install chromium chromium-driver");
		jorvania = new FixtureGraph(driver, "XJ").write(JORVANIA);
		browser = new Browser(port);
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (jorvania != null) {
			jorvania.remove();
		}
	}

	@Test
	void theBeforeAndAfterTableCountsItsQuartersAndFrenchWritesQuartersAndAcronymsItsWay() {
		browser.signIn("coordinator");
		browser.open("#/country/QM");
		String before = browser.find("#before-after-table").getText();
		assertThat(before).doesNotContain("NaN").contains("4 (Q3 2022 – Q2 2023)", "4 (Q4 2023 – Q3 2024)");
		assertThat(browser.find("#td-table tbody").getAttribute("textContent")).contains("Q1 2023").doesNotContain("2023-Q1");
		assertThat(browser.find("#missed-table").getText()).contains("CBSA");
		browser.switchLanguage();
		before = browser.find("#before-after-table").getText();
		assertThat(before).doesNotContain("NaN").contains("4 (T3 2022 – T2 2023)");
		assertThat(browser.find("#td-table tbody").getAttribute("textContent")).contains("T1 2023").doesNotContain("Q1");
		assertThat(browser.find("#missed-table").getText()).contains("ASFC").doesNotContain("CBSA ");
		browser.screenshot("defects-country-fr");
		browser.open("#/record/QN");
		assertThat(browser.find("#dept-CBSA").getText()).endsWith("(ASFC)");
		assertThat(browser.find("#dept-GAC").getText()).endsWith("(AMC)");
		assertThat(browser.find("#dept-IRCC").getText()).endsWith("(IRCC)");
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

	@Test
	void afterAReloadOrADeepLinkTheBannerStillSaysWhoIsSignedIn() {
		browser.signIn("analyst");
		assertThat(browser.find("#signed-in-as").getText()).isEqualTo("Signed in as analyst");
		reload("#/country/QN");
		assertThat(browser.heading()).isEqualTo("Valdoria");
		assertThat(browser.find("#signed-in-as").getText()).isEqualTo("Signed in as analyst");
		assertThat(browser.find("#sign-out").isDisplayed()).isTrue();
		browser.switchLanguage();
		reload("#/gap");
		assertThat(browser.find("#signed-in-as").getText()).isEqualTo("Connecté : analyst");
		assertThat(browser.find("#sign-out").isDisplayed()).isTrue();
		browser.find("#sign-out").click();
		browser.waitUntil(d -> !browser.all("#sign-in-user").isEmpty());
		assertThat(browser.find("#signed-in-as").getText()).isEmpty();
	}

	@Test
	void aLanguageSwitchKeepsWhatWasTypedInTheMeetingForm() {
		browser.signIn("coordinator");
		browser.open("#/record/QN");
		browser.find("#record-summaryEn").sendKeys("Raised the trafficking results.");
		browser.find("#record-summaryFr").sendKeys("Résultats sur la traite soulevés.");
		new Select(browser.find("#record-kind")).selectByValue("CALL");
		browser.find("#present-GAC").click();
		browser.find("input[name=lead][value=GAC]").click();
		browser.find("input[name=raisedResults][value='QN-R01']").click();
		setValue("#record-date", "2026-11-03");

		browser.switchLanguage();
		assertThat(browser.heading()).isEqualTo("Consigner une rencontre");
		assertThat(browser.find("#record-summaryEn").getAttribute("value")).isEqualTo("Raised the trafficking results.");
		assertThat(browser.find("#record-summaryFr").getAttribute("value")).isEqualTo("Résultats sur la traite soulevés.");
		assertThat(new Select(browser.find("#record-kind")).getFirstSelectedOption().getAttribute("value")).isEqualTo("CALL");
		assertThat(browser.find("#present-GAC").isSelected()).isTrue();
		assertThat(browser.find("input[name=lead][value=GAC]").isSelected()).isTrue();
		assertThat(browser.find("input[name=raisedResults][value='QN-R01']").isSelected()).isTrue();
		assertThat(browser.find("#record-date").getAttribute("value")).isEqualTo("2026-11-03");
		// The date follows the dashboard's language, not the browser's: a text field, its format said in French.
		assertThat(browser.find("#record-date").getAttribute("type")).isEqualTo("text");
		assertThat(browser.find("#record-form").getAttribute("lang")).isEqualTo("fr-CA");
		assertThat(browser.find("#record-date-hint").getText()).startsWith("Année, mois et jour");

		browser.switchLanguage();
		assertThat(browser.find("#record-summaryFr").getAttribute("value")).isEqualTo("Résultats sur la traite soulevés.");
		assertThat(browser.find("#record-date-hint").getText()).startsWith("Year, month and day");
		// A new visit to the form starts blank: only a language switch keeps the draft.
		browser.open("#/gap");
		browser.open("#/record/QN");
		assertThat(browser.find("#record-summaryEn").getAttribute("value")).isEmpty();
	}

	@Test
	void everyRefusalIsAUsersSentenceInTheUsersLanguage() {
		browser.signIn("coordinator");
		browser.open("#/record/QN");
		browser.find("#record-form button[type=submit]").click();
		browser.find("#record-errors");
		assertThat(browser.find("[data-field=summaryEn] .error-message").getText()).isEqualTo("Enter the summary in English.");

		// The service refuses a code already taken; the dashboard says so in its own words, not the API's field names.
		fillInValidMeeting();
		WebElement code = browser.find("#record-code");
		code.clear();
		code.sendKeys("QN-HOM-2026-12-08");
		browser.find("#record-form button[type=submit]").click();
		browser.waitUntil(d -> browser.find("#record-outcome").getText().contains("QN-HOM-2026-12-08"));
		String refusal = browser.find("#record-errors").getText();
		assertThat(refusal).contains("A meeting with the code QN-HOM-2026-12-08 already exists.")
			.doesNotContain("summaryEn", "attendance", "mutation");
		assertThat(browser.accessibilityViolations()).isEmpty();

		browser.switchLanguage();
		browser.find("#record-form button[type=submit]").click();
		browser.waitUntil(d -> browser.find("#record-outcome").getText().contains("QN-HOM-2026-12-08"));
		assertThat(browser.find("#record-errors").getText()).contains("Une rencontre porte déjà le code QN-HOM-2026-12-08.");
		browser.find("#record-summaryEn").clear();
		browser.find("#record-form button[type=submit]").click();
		browser.waitUntil(d -> !browser.find("[data-field=summaryEn] .error-message").getText().isBlank());
		assertThat(browser.find("[data-field=summaryEn] .error-message").getText()).isEqualTo("Indiquez le résumé en anglais.");
		browser.screenshot("defects-refusal-fr");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aScreenSaysItIsLoadingAFailureOffersRetryAndAnUnknownAddressIsNotFound() {
		browser.signIn("analyst");
		for (String language : List.of("en", "fr")) {
			if (!browser.language().equals(language)) {
				browser.switchLanguage();
			}
			browser.open("#/");
			// What main showed while the next screen loaded.
			browser.script("""
					window.seen = [];
					new MutationObserver(() => {
					  const loading = document.querySelector('main #loading');
					  if (loading) window.seen.push(loading.textContent + '|' + document.querySelector('main').getAttribute('aria-busy'));
					}).observe(document.querySelector('main'), { childList: true, subtree: true, attributes: true });""");
			browser.find("nav a[href='#/gap']").click();
			browser.settled();
			assertThat((List<Object>) browser.script("return window.seen")).as(language)
				.contains(language.equals("en") ? "Loading…|true" : "Chargement…|true");

			browser.open("#/nowhere/at-all");
			assertThat(browser.heading()).isEqualTo(language.equals("en") ? "Page not found" : "Page introuvable");
			assertThat(browser.find("#not-found-home").getAttribute("href")).endsWith("#/");
			assertThat(browser.accessibilityViolations()).as(language).isEmpty();
			browser.screenshot("defects-not-found-" + language);

			// The service cannot be reached once: the error page offers Retry, which then shows the screen.
			browser.script("""
					window.realFetch = window.fetch;
					window.fetch = (url, options) => String(url).includes('graphql') && !String(url).includes('ui-queries')
					  ? Promise.reject(new TypeError('offline')) : window.realFetch(url, options);""");
			browser.open("#/gap");
			assertThat(browser.find("#retry").getText()).isEqualTo(language.equals("en") ? "Try again" : "Réessayer");
			assertThat(browser.accessibilityViolations()).as(language).isEmpty();
			browser.script("window.fetch = window.realFetch");
			browser.find("#retry").click();
			browser.waitUntil(d -> !browser.all("#gap-table").isEmpty());
		}
	}

	@Test
	void thePrintedPackIsMarkedProtectedBForACleardReaderAndNumberedAndListsOnlyItsCountrysActions() {
		browser.signIn("coordinator");
		browser.open("#/briefing/QN-HOM-2026-12-08");
		assertThat(browser.find(".classification-marking").getText()).isEqualTo("PROTECTED B");
		assertThat(browser.script("return getComputedStyle(document.getElementById('briefing-pack')).page")).isEqualTo("protected-b");
		String pageRules = (String) browser.script("""
				return [...document.styleSheets].flatMap(s => { try { return [...s.cssRules]; } catch { return []; } })
				  .filter(r => r instanceof CSSPageRule).map(r => r.cssText).join('\\n');""");
		assertThat(pageRules).contains("protected-b", "PROTECTED B / PROTÉGÉ B", "counter(page)", "counter(pages)");
		// Valdoria's actions only: not Tarsinia's (ACT-013) or Marovia's (ACT-018) from the working group.
		assertThat(browser.all("#open-actions-table tbody tr")).hasSize(3);
		assertThat(browser.find("#open-actions-table").getText()).contains("Valdoria's Ministry of Foreign Affairs")
			.doesNotContain("Tarsinia", "Marovia");
		assertThat(browser.find("#briefing-pdf").getAttribute("aria-describedby")).isEqualTo("briefing-pdf-hint");
		assertThat(browser.find("#briefing-pdf-hint").getText()).contains("Save as PDF");
		assertThat(browser.printedPages()).as("the briefing prints on one or two pages").isBetween(1, 2);
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.switchLanguage();
		assertThat(browser.find(".classification-marking").getText()).isEqualTo("PROTÉGÉ B");
		assertThat(browser.find("#briefing-pdf").getText()).isEqualTo("Télécharger en PDF");
		browser.screenshot("defects-briefing-fr");

		browser.signIn("viewer");
		browser.open("#/briefing/QN-HOM-2026-12-08");
		assertThat(browser.all(".classification-marking")).as("nothing Protected B in this reader's pack").isEmpty();
		assertThat(browser.script("return getComputedStyle(document.getElementById('briefing-pack')).page")).isEqualTo("auto");
	}

	@Test
	void aMissedOpportunityOpensTheFormFilledInToRaiseWhatWasMissed() {
		browser.signIn("coordinator");
		browser.open("#/country/QN");
		browser.find("#missed-table a.follow-up").click();
		browser.settled();
		browser.find("#record-summaryEn");
		assertThat(browser.heading()).isEqualTo("Record a meeting");
		assertThat(new Select(browser.find("#record-country")).getFirstSelectedOption().getAttribute("value")).isEqualTo("QN");
		assertThat(new Select(browser.find("#record-counterpart")).getFirstSelectedOption().getAttribute("value")).isEqualTo("QN-OTT");
		assertThat(new Select(browser.find("#record-setting")).getFirstSelectedOption().getAttribute("value")).isEqualTo("OTTAWA");
		assertThat(browser.find("input[name=raisedResults][value='QN-R01']").isSelected()).isTrue();
		assertThat(browser.find("input[name=follows]").getAttribute("value")).isEqualTo("QN-HOM-2021-11-17");
		assertThat(browser.find("main").getText()).contains("missed opportunity of November 17, 2021");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.switchLanguage();
		assertThat(browser.find("input[name=raisedResults][value='QN-R01']").isSelected()).isTrue();
		assertThat(browser.find("main").getText()).contains("occasion manquée du 17 novembre 2021");
	}

	@Test
	void aPlannedMeetingIsEditedHeldOrCancelledAndAConcurrentChangeIsExplained() {
		browser.signIn("coordinator");
		browser.open("#/country/XJ");
		browser.find("a[href='#/meeting/" + MEETING + "']").click();
		browser.settled();
		assertThat(browser.heading()).isEqualTo("Meeting " + MEETING);
		assertThat(browser.find("#record-summaryEn").getAttribute("value")).isEqualTo("First meeting with the new ambassador.");
		assertThat(browser.find("input[name=lead][value=CBSA]").isSelected()).isTrue();
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.screenshot("defects-meeting-en");

		browser.find("#record-summaryEn").sendKeys(" Results to raise.");
		browser.find("#meeting-update").click();
		assertThat(browser.find("#record-outcome .success").getText()).contains("Meeting " + MEETING + " was saved.");
		assertThat(summaryStored()).isEqualTo("First meeting with the new ambassador. Results to raise.");

		// Someone else changes it meanwhile: the next save is refused, in a sentence, with the way out.
		driver.executableQuery("MATCH (e:Engagement {code: $code}) SET e.version = e.version + 1, e.summaryEn = 'Changed elsewhere.'")
			.withParameters(java.util.Map.of("code", MEETING)).execute();
		browser.find("#record-summaryEn").sendKeys(" Mine.");
		browser.find("#meeting-update").click();
		browser.find("#record-errors");
		assertThat(browser.find("#record-errors").getText()).contains("Someone else changed this meeting since you opened it.")
			.doesNotContain("version 2", "VERSION");
		assertThat(summaryStored()).isEqualTo("Changed elsewhere.");
		browser.find("#meeting-reload").click();
		browser.waitUntil(d -> "Changed elsewhere.".equals(browser.find("#record-summaryEn").getAttribute("value")));

		// Held in the future: refused, said as a sentence, in French too.
		browser.switchLanguage();
		browser.find("#meeting-hold").click();
		browser.find("#record-errors");
		assertThat(browser.find("#record-errors").getText()).contains("la rencontre ne peut pas encore avoir eu lieu");

		browser.find("#meeting-cancel").click();
		assertThat(browser.find("#record-outcome .success").getText()).contains("La rencontre " + MEETING + " est annulée.");
		assertThat(browser.find("dd[data-status]").getText()).startsWith("Annul");
		assertThat(browser.all("#meeting-cancel")).isEmpty();
		assertThat(statusStored()).isEqualTo("CANCELLED");
		browser.screenshot("defects-meeting-cancelled-fr");
	}

	/** Reloads the page at route (a deep link in the same tab: the session's credentials stay). */
	private void reload(String route) {
		browser.script("window.beforeReload = true; location.hash = arguments[0]; location.reload();", route);
		browser.waitUntil(d -> browser.script("return window.beforeReload === undefined && document.readyState === 'complete'")
			.equals(Boolean.TRUE));
		browser.settled();
	}

	private void setValue(String css, String value) {
		browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', { bubbles: true }))",
				browser.find(css), value);
	}

	/** A meeting the form accepts: both summaries, CBSA present and leading, held today. */
	private void fillInValidMeeting() {
		browser.find("#record-summaryEn").sendKeys("Raised the trafficking results.");
		browser.find("#record-summaryFr").sendKeys("Résultats sur la traite soulevés.");
		browser.find("#present-CBSA").click();
		browser.find("input[name=lead][value=CBSA]").click();
	}

	private String summaryStored() {
		return driver.executableQuery("MATCH (e:Engagement {code: $code}) RETURN e.summaryEn AS summary")
			.withParameters(java.util.Map.of("code", MEETING)).execute().records().getFirst().get("summary").asString();
	}

	private String statusStored() {
		return driver.executableQuery("MATCH (e:Engagement {code: $code}) RETURN e.status AS status")
			.withParameters(java.util.Map.of("code", MEETING)).execute().records().getFirst().get("status").asString();
	}
}
