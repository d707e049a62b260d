package ca.engagementgraph.dashboard;

import java.util.List;

import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard in a real headless Chromium against the real service: every screen in both languages (with a
 * screenshot of each and a WCAG 2.1 AA check by axe-core), the click-through from the gap to a country to a
 * result's neighbourhood, recording a meeting and seeing the gap change, and what a reader without the Protected B
 * clearance sees. Westmark (XW), fictional, is added for the recording and removed afterwards.
 */
@GraphIntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardInBrowserTest {

	private static final String WESTMARK = """
			MATCH (canada:Country {iso2: 'CA'})
			CREATE (xw:Country {iso2: 'XW', iso3: 'XWM', nameEn: 'Westmark', nameFr: 'Westmarche', region: 'EUROPE'})
			CREATE (embassy:Mission {code: 'XW-OTT', nameEn: 'Embassy of Westmark', nameFr: 'Ambassade de Westmarche', kind: 'EMBASSY', city: 'Ottawa'})
			  -[:REPRESENTS]->(xw), (embassy)-[:LOCATED_IN]->(canada)
			CREATE (project:Project {code: 'XW-P1', titleEn: 'Westmark border project', titleFr: 'Projet frontalier de Westmarche', status: 4,
			        start: date('2021-01-01'), end: date('2023-12-31'), fundingCad: 100000})-[:IN]->(xw)
			CREATE (:Result {code: 'XW-R1', summaryEn: 'Border officers trained', summaryFr: 'Agents frontaliers formés', achievedOn: date('2022-06-01'),
			        type: 'OUTPUT', indicatorEn: 'i', indicatorFr: 'i'})-[:OF]->(project)
			CREATE (:Result {code: 'XW-R2', summaryEn: 'Manual adopted', summaryFr: 'Manuel adopté', achievedOn: date('2023-06-01'),
			        type: 'OUTPUT', indicatorEn: 'i', indicatorFr: 'i'})-[:OF]->(project)
			""";

	/** Each screen, and the heading it shows in English and in French. */
	private static final List<Screen> SCREENS = List.of(
			new Screen("overview", "#/", "Program overview", "Aperçu du programme"),
			new Screen("gap", "#/gap", "Leveraging gap", "Écart de mise à profit"),
			new Screen("country", "#/country/QN", "Valdoria", "Valdorie"),
			new Screen("briefings", "#/briefing", "Briefing packs", "Trousses d’information"),
			new Screen("briefing-pack", "#/briefing/QN-HOM-2026-12-08", "Briefing: Embassy of Valdoria in Ottawa",
					"Trousse d’information : Ambassade de la Valdorie à Ottawa"),
			new Screen("record", "#/record/QN", "Record a meeting", "Consigner une rencontre"),
			new Screen("explorer", "#/explore/Result:QN-R04", "Neighbourhood of result QN-R04", "Voisinage du résultat QN-R04",
					"#node-list li[data-key]"));

	/** A screen, its heading in each language, and what shows it has finished drawing (beyond its heading). */
	record Screen(String name, String route, String english, String french, String ready) {

		Screen(String name, String route, String english, String french) {
			this(name, route, english, french, "main h1");
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	Browser browser;

	@BeforeAll
	void startBrowser() {
		assumeTrue(Browser.installed(), "Browser tests need Chromium and its driver: apt-get install chromium chromium-driver");
		driver.executableQuery(WESTMARK).execute();
		browser = new Browser(port);
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
		driver.executableQuery("""
				MATCH (n) WHERE n.code STARTS WITH 'XW-' OR n.iso2 = 'XW' OR (n:Engagement AND n.code STARTS WITH 'XW')
				DETACH DELETE n""").execute();
	}

	@Test
	void everyScreenOpensInBothLanguagesAndMeetsWcagAA() {
		browser.signIn("coordinator");
		assertThat(browser.accessibilityViolations()).as("sign-in page").isEmpty();
		for (var screen : SCREENS) {
			browser.open(screen.route()).find(screen.ready());
			assertThat(browser.heading()).isEqualTo(screen.english());
			assertThat(browser.language()).isEqualTo("en");
			assertThat(browser.all("[role=alert]")).as("%s shows no error", screen.name()).isEmpty();
			assertThat(browser.accessibilityViolations()).as("%s in English", screen.name()).isEmpty();
			browser.screenshot(screen.name() + "-en");
			assertThat(browser.contentSecurityPolicyViolations()).as("%s keeps to its Content-Security-Policy", screen.name())
				.isEmpty();
		}
		browser.switchLanguage();
		for (var screen : SCREENS) {
			browser.open(screen.route()).find(screen.ready());
			assertThat(browser.heading()).isEqualTo(screen.french());
			assertThat(browser.language()).isEqualTo("fr");
			assertThat(browser.accessibilityViolations()).as("%s in French", screen.name()).isEmpty();
			browser.screenshot(screen.name() + "-fr");
			assertThat(browser.contentSecurityPolicyViolations()).as("%s in French", screen.name()).isEmpty();
		}
		// Remembered: a new visit opens in French, with French number formats.
		browser.open("#/gap");
		assertThat(browser.find("#language").getText()).isEqualTo("English");
		assertThat(browser.find("#gap-table tbody").getText()).contains("%");
		browser.switchLanguage();
		assertThat(browser.heading()).isEqualTo("Leveraging gap");
	}

	@Test
	void aCoordinatorGoesFromTheGapToACountryToAResultsNeighbourhood() {
		browser.signIn("coordinator");
		browser.find("nav a[href='#/gap']").click();
		browser.settled();
		browser.find("#gap-table a[href='#/country/QN']").click();
		browser.settled();
		assertThat(browser.heading()).isEqualTo("Valdoria");
		assertThat(browser.find("#unleveraged-table").getText()).contains("QN-R01", "QN-R07");

		browser.find("#unleveraged-table a[href='#/explore/Result:QN-R04']").click();
		browser.settled();
		browser.waitUntil(d -> !browser.all("#node-list li[data-key='Result:QN-R04']").isEmpty());
		int before = browser.all("#node-list li").size();
		assertThat(browser.all("#graph canvas")).as("the graph is drawn").isNotEmpty();

		browser.find("button[data-expand='Project:MCEE-QN-01']").click();
		browser.waitUntil(d -> browser.all("#node-list li").size() > before);
		assertThat(browser.all("#node-list li[data-key='Country:QN']")).as("expanding the project reached its country").isNotEmpty();

		browser.find("#path-form button[type=submit]").click();
		browser.waitUntil(d -> !browser.find("#path-result").getText().isBlank());
		assertThat(browser.find("#path-result").getText()).contains("QN-R04", "CBSA");
	}

	@Test
	void aCoordinatorFindsTheResultsNeverRaisedInOttawaAndPreparesTheBriefing() {
		browser.signIn("coordinator");
		browser.open("#/gap");
		browser.find("#gap-table a[href='#/country/QN']").click();
		browser.settled();
		browser.find("a[href='#/briefing/QN-HOM-2026-12-08']").click();
		browser.settled();
		assertThat(browser.heading()).isEqualTo("Briefing: Embassy of Valdoria in Ottawa");
		assertThat(browser.find("#to-raise-table").getText()).contains("QN-R01", "QN-R07");
		assertThat(browser.all("[data-redacted]")).as("a cleared coordinator sees the Protected B parts").isEmpty();
		assertThat(browser.printedPages()).as("the briefing prints on one or two pages").isBetween(1, 2);
	}

	@Test
	void theGapTableSortsFromTheKeyboard() {
		browser.signIn("analyst");
		browser.open("#/gap");
		WebElement never = browser.all("#gap-table thead th").get(4);
		never.findElement(By.tagName("button")).sendKeys(Keys.ENTER);
		assertThat(never.getAttribute("aria-sort")).isEqualTo("descending");
		var counts = browser.all("#gap-table tbody tr td:nth-child(5)").stream().map(WebElement::getText)
			.map(Integer::parseInt).toList();
		assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void recordingAMeetingRefusesMistakesBesideTheirFieldsThenChangesTheGap() {
		browser.signIn("coordinator");
		assertThat(ottawaRaised("Westmark")).isEqualTo("0");

		browser.open("#/record/XW");
		browser.find("#record-summaryEn");
		// Checked before sending: no summary, no lead.
		browser.find("#record-form button[type=submit]").click();
		browser.find("#record-errors");
		assertThat(browser.find("[data-field=summaryEn] .error-message").getText()).isNotBlank();
		assertThat(browser.find("#record-summaryEn").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.find("[data-field=attendance] .error-message").getText()).contains("department");

		// Refused by the service: a result cannot be raised before it was achieved.
		fillInAMeetingRaisingXwR1("2022-01-10");
		browser.find("#record-form button[type=submit]").click();
		browser.waitUntil(d -> !browser.find("[data-field=raisedResults] .error-message").getText().isBlank());
		assertThat(browser.find("#record-errors").getText()).contains("XW-R1");
		assertThat(ottawaRaised("Westmark")).as("nothing was saved").isEqualTo("0");

		browser.open("#/record/XW");
		fillInAMeetingRaisingXwR1("2026-11-10");
		browser.find("#record-form button[type=submit]").click();
		assertThat(browser.find("#record-outcome .success").getText()).contains("XW-MTG-");
		browser.screenshot("record-saved-en");

		assertThat(ottawaRaised("Westmark")).isEqualTo("1");
	}

	@Test
	void graphiqlRunsFromTheJarAlone() {
		browser.openAs("analyst", "/graphiql?path=/graphql");
		assertThat(browser.find(".graphiql-container .graphiql-execute-button").isDisplayed()).isTrue();
		browser.screenshot("graphiql");
		assertThat(browser.contentSecurityPolicyViolations()).as("GraphiQL keeps to the Content-Security-Policy").isEmpty();
	}

	@Test
	void thePolicyRefusesAnInlineScriptAndTheTestsSeeIt() {
		browser.signIn("viewer");
		browser.contentSecurityPolicyViolations();
		browser.script("""
				const injected = document.createElement('script');
				injected.textContent = 'window.injected = true';
				document.head.append(injected);
				document.body.append(Object.assign(document.createElement('div'), { innerHTML: '<p style="color:red">x</p>' }));""");
		assertThat(browser.script("return window.injected === true")).as("the inline script did not run").isEqualTo(false);
		assertThat(browser.contentSecurityPolicyViolations()).as("and the refusal shows in the console, where the "
				+ "other tests look for refusals").isNotEmpty();
	}

	@Test
	void aReaderWithoutClearanceSeesTheRedactionNeverABrokenPage() {
		browser.signIn("viewer");
		assertThat(browser.all("#nav-record:not([hidden])")).as("viewers cannot record").isEmpty();
		browser.open("#/country/QN");
		assertThat(browser.heading()).isEqualTo("Valdoria");
		assertThat(browser.all("[data-redacted]")).as("timeline and plan redacted").hasSizeGreaterThanOrEqualTo(2);
		assertThat(browser.find("#unleveraged-table").getText()).contains("QN-R01");
		assertThat(browser.all("[role=alert]")).isEmpty();
		browser.screenshot("country-viewer-en");
		browser.open("#/briefing/QN-HOM-2026-12-08");
		assertThat(browser.all("[data-redacted]")).as("TD trend and decisions redacted").hasSize(2);
		browser.open("#/");
		assertThat(browser.all("[data-redacted]")).as("designations redacted").hasSize(1);
		browser.open("#/record/QN");
		assertThat(browser.find("main").getText()).contains("coordinator");
	}

	private String ottawaRaised(String country) {
		browser.open("#/gap");
		for (WebElement row : browser.all("#gap-table tbody tr")) {
			if (row.findElement(By.tagName("th")).getText().equals(country)) {
				return row.findElements(By.tagName("td")).get(1).getText();
			}
		}
		throw new AssertionError(country + " is not in the gap table");
	}

	/** A meeting with Westmark's embassy (the form's default counterpart), led by CBSA, raising XW-R1. */
	private void fillInAMeetingRaisingXwR1(String date) {
		browser.find("#record-summaryEn").sendKeys("Raised the training of border officers with the embassy.");
		browser.find("#record-summaryFr").sendKeys("Formation des agents frontaliers soulevée auprès de l'ambassade.");
		new Select(browser.find("#record-counterpart")).selectByValue("XW-OTT");
		browser.find("#present-CBSA").click();
		browser.find("input[name=lead][value=CBSA]").click();
		browser.find("input[name=raisedResults][value='XW-R1']").click();
		setDate("#record-date", date);
	}

	/** Date inputs take typed digits in the browser's locale order; setting the value is locale-proof. */
	private void setDate(String css, String isoDate) {
		browser.script("arguments[0].value = arguments[1]", browser.find(css), isoDate);
	}

}
