package ca.engagementgraph.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.FixtureGraph;
import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The opportunity radar (issue 17) in a real headless Chromium: the screen in English and in French (WCAG 2.1 AA by
 * axe-core, its Content-Security-Policy kept), the ranked suggestions with each reason, the filters kept in the
 * address across a reload, what a reader without the clearance sees (no Accept, no designation part), and a
 * coordinator accepting a suggestion, then finding it on the meeting's briefing pack and ticked in its form, and
 * withdrawing it. It also takes the README's screenshots of the radar and of the meeting edit screen.
 *
 * <p>Fernland (XF), fictional, is designated since 2025 and has two planned meetings with its embassy in Ottawa
 * (10 February and 10 March 2027, CBSA attending) and four results: XF-R1 (an output achieved 2024-02-10, so it
 * has waited longest), XF-R2 (an impact of 2025-06-01 with an approved key message), XF-R3 (an outcome of
 * 2026-06-01) and XF-R4, already raised in Ottawa in 2023, which is never suggested there. Asked from 2027-02-01,
 * the first meeting ranks R1, R2, R3 (waiting weighs most), and only the second meeting is their last chance.
 */
@GraphIntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RadarInBrowserTest {

	private static final String FERNLAND = """
			MATCH (canada:Country {iso2: 'CA'}), (cbsa:Department {code: 'CBSA'}), (gac:Department {code: 'GAC'})
			CREATE (xf:Country {iso2: 'XF', iso3: 'XFA', nameEn: 'Fernland', nameFr: 'Fernlande', region: 'EUROPE'})
			CREATE (:Designation {code: 'XF-DES', status: 'RECALCITRANT', from: date('2025-01-01'), classification: 'PROTECTED_B'})-[:OF]->(xf)
			CREATE (embassy:Mission {code: 'XF-OTT', nameEn: 'Embassy of Fernland', nameFr: 'Ambassade de Fernlande', kind: 'EMBASSY', city: 'Ottawa'})
			  -[:REPRESENTS]->(xf), (embassy)-[:LOCATED_IN]->(canada)
			CREATE (project:Project {code: 'XF-P1', titleEn: 'Fernland identity project', titleFr: 'Projet d’identité de Fernlande', status: 2,
			        start: date('2023-01-01'), end: date('2027-12-31'), fundingCad: 200000})-[:IN]->(xf)
			CREATE (r1:Result {code: 'XF-R1', summaryEn: 'Civil registry clerks trained', summaryFr: 'Commis de l’état civil formés',
			        achievedOn: date('2024-02-10'), type: 'OUTPUT', indicatorEn: 'i', indicatorFr: 'i'})-[:OF]->(project)
			CREATE (r2:Result {code: 'XF-R2', summaryEn: 'Identity checks halved in time', summaryFr: 'Délai des vérifications d’identité réduit de moitié',
			        achievedOn: date('2025-06-01'), type: 'IMPACT', indicatorEn: 'i', indicatorFr: 'i'})-[:OF]->(project)
			CREATE (r3:Result {code: 'XF-R3', summaryEn: 'Biometric registry in use', summaryFr: 'Registre biométrique en service',
			        achievedOn: date('2026-06-01'), type: 'OUTCOME', indicatorEn: 'i', indicatorFr: 'i'})-[:OF]->(project)
			CREATE (r4:Result {code: 'XF-R4', summaryEn: 'Registry law drafted', summaryFr: 'Loi sur l’état civil rédigée',
			        achievedOn: date('2022-01-01'), type: 'OUTPUT', indicatorEn: 'i', indicatorFr: 'i'})-[:OF]->(project)
			CREATE (message:KeyMessage {code: 'XF-KM1', textEn: 'Fernland now verifies identities in half the time.',
			        textFr: 'La Fernlande vérifie maintenant les identités deux fois plus vite.', approvedOn: date('2025-07-01')})
			  -[:ABOUT]->(r2), (message)-[:DRAFTED_BY]->(gac)
			CREATE (held:Engagement {code: 'XF-HOM-2023-01-10', version: 1, date: date('2023-01-10'), status: 'HELD',
			        kind: 'HEAD_OF_MISSION_MEETING', setting: 'OTTAWA', level: 'DIRECTOR', classification: 'UNCLASSIFIED',
			        summaryEn: 'Registry law raised.', summaryFr: 'Loi sur l’état civil soulevée.'})
			CREATE (held)-[:CONCERNS]->(xf), (held)-[:WITH]->(embassy), (held)-[:ATTENDED_BY {lead: true}]->(cbsa), (held)-[:RAISED]->(r4)
			WITH xf, embassy, cbsa
			UNWIND ['2027-02-10', '2027-03-10'] AS day
			CREATE (planned:Engagement {code: 'XF-HOM-' + day, version: 1, date: date(day), status: 'PLANNED',
			        kind: 'HEAD_OF_MISSION_MEETING', setting: 'OTTAWA', level: 'DG', classification: 'UNCLASSIFIED',
			        summaryEn: 'Meeting with the ambassador.', summaryFr: 'Rencontre avec l’ambassadeur.'})
			CREATE (planned)-[:CONCERNS]->(xf), (planned)-[:WITH]->(embassy), (planned)-[:ATTENDED_BY {lead: true}]->(cbsa)
			""";

	private static final String FIRST = "XF-HOM-2027-02-10";

	private static final String RADAR = "#/radar?from=2027-02-01&country=XF";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	Browser browser;

	FixtureGraph fernland;

	@BeforeAll
	void startBrowser() {
		assumeTrue(Browser.installed(), "Browser tests need Chromium and its driver: apt-get install chromium chromium-driver");
		fernland = new FixtureGraph(driver, "XF").write(FERNLAND);
		browser = new Browser(port);
	}

	@AfterEach
	void emptyTheAgenda() {
		driver.executableQuery("MATCH (:Engagement {code: $code})-[on:ON_AGENDA]->() DELETE on")
			.withParameters(Map.of("code", FIRST)).execute();
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (fernland != null) {
			fernland.remove();
		}
	}

	@Test
	void theRadarRanksEachPlannedMeetingsResultsWithTheirReasonsInBothLanguages() {
		browser.signIn("coordinator");
		browser.open(RADAR).find("#radar-" + FIRST + "-XF");
		assertThat(browser.heading()).isEqualTo("Opportunity radar");
		assertThat(browser.all("article.radar-meeting").stream().map(a -> a.getAttribute("data-engagement")))
			.containsExactly(FIRST, "XF-HOM-2027-03-10");
		assertThat(ranked(FIRST)).as("waiting weighs most; XF-R4 was raised in Ottawa already")
			.containsExactly("XF-R1", "XF-R2", "XF-R3");
		assertThat(reasons(FIRST, "XF-R2")).containsExactlyInAnyOrder("WAITED", "RESULT_TYPE", "KEY_MESSAGE_READY", "DESIGNATION");
		assertThat(reasons(FIRST, "XF-R1")).contains("WAITED", "DESIGNATION").doesNotContain("LAST_CHANCE", "KEY_MESSAGE_READY");
		assertThat(reasons("XF-HOM-2027-03-10", "XF-R1")).as("the second meeting is the last chance").contains("LAST_CHANCE");
		assertThat(row(FIRST, "XF-R2").getText()).contains("Fernland now verifies identities in half the time.", "Not yet");
		assertThat(row(FIRST, "XF-R2").findElement(By.cssSelector("[data-reason=KEY_MESSAGE_READY]")).getText()).startsWith("+3 ");
		assertThat(browser.find("#radar-unplanned-none").getText()).contains("Every waiting result has a planned chance");
		assertThat(browser.all("[role=alert]")).isEmpty();
		assertThat(browser.accessibilityViolations()).as("radar in English").isEmpty();
		assertThat(browser.contentSecurityPolicyViolations()).isEmpty();

		// A table's export holds its rows, not its buttons.
		browser.catchDownloads();
		browser.find("#radar-" + FIRST + "-XF [data-export=csv]").click();
		String csv = caught(0);
		assertThat(csv.lines().findFirst().orElseThrow()).startsWith("Rank,Result,Project,Waiting for,Score,Why it ranks here,");
		assertThat(csv).contains("XF-R2").doesNotContain("Accept");

		browser.switchLanguage();
		browser.find("#radar-" + FIRST + "-XF");
		assertThat(browser.heading()).isEqualTo("Radar des occasions");
		assertThat(browser.find("nav a[href='#/radar']").getText()).isEqualTo("Radar des occasions");
		assertThat(row(FIRST, "XF-R2").getText()).contains("La Fernlande vérifie", "Pas encore");
		assertThat(row(FIRST, "XF-R2").findElement(By.cssSelector("[data-reason=WAITED] .points")).getText())
			.as("French decimals").matches("\\+\\d+,\\d");
		assertThat(browser.find("main").getText()).contains("10 février 2027", "Résultats sans occasion prévue");
		assertThat(browser.accessibilityViolations()).as("radar in French").isEmpty();
		browser.switchLanguage();
	}

	@Test
	void theFiltersAndThePeriodComeFromTheAddressAndSurviveAReload() {
		browser.signIn("analyst");
		browser.open("#/radar").find("#radar-filters");
		browser.find("#radar-filters-from").sendKeys("2027-02-01");
		new Select(browser.find("#radar-filters-weeks")).selectByValue("4");
		new Select(browser.find("#radar-filters-department")).selectByValue("CBSA");
		new Select(browser.find("#radar-filters-country")).selectByValue("XF");
		new Select(browser.find("#radar-filters-channel")).selectByValue("OTTAWA");
		browser.find("#radar-filters-apply").click();
		browser.waitUntil(d -> currentHash().equals("#/radar?from=2027-02-01&weeks=4&department=CBSA&country=XF&channel=OTTAWA"));
		browser.settled();
		// Four weeks from 1 February: only the meeting of 10 February.
		browser.waitUntil(d -> meetings().equals(List.of(FIRST)));
		assertThat(reasons(FIRST, "XF-R1")).as("no other chance within four weeks").contains("LAST_CHANCE");

		reload();
		assertThat(meetings()).containsExactly(FIRST);
		assertThat(browser.find("#radar-filters-from").getAttribute("value")).isEqualTo("2027-02-01");
		assertThat(new Select(browser.find("#radar-filters-weeks")).getFirstSelectedOption().getAttribute("value")).isEqualTo("4");
		assertThat(new Select(browser.find("#radar-filters-department")).getFirstSelectedOption().getAttribute("value")).isEqualTo("CBSA");
		assertThat(new Select(browser.find("#radar-filters-country")).getFirstSelectedOption().getAttribute("value")).isEqualTo("XF");

		// GAC attends neither meeting; no planned meeting raises results in Fernland itself.
		browser.open("#/radar?from=2027-02-01&country=XF&department=GAC").find("#radar-none");
		browser.open("#/radar?from=2027-02-01&country=XF&channel=IN_COUNTRY").find("#radar-unplanned-table");
		assertThat(browser.find("#radar-none").isDisplayed()).isTrue();
		assertThat(browser.all("#radar-unplanned-table tbody tr th a").stream().map(WebElement::getText))
			.containsExactly("XF-R4", "XF-R1", "XF-R2", "XF-R3");
		assertThat(browser.accessibilityViolations()).as("filtered radar").isEmpty();
	}

	@Test
	void aViewerSeesTheRankingWithoutTheDesignationAndCannotAccept() {
		browser.signIn("viewer");
		browser.open(RADAR).find("#radar-" + FIRST + "-XF");
		assertThat(ranked(FIRST)).containsExactly("XF-R1", "XF-R2", "XF-R3");
		assertThat(browser.all("[data-reason=DESIGNATION]")).as("the designation is Protected B").isEmpty();
		assertThat(browser.find("#radar-score").getAttribute("textContent")).doesNotContain("Designation");
		assertThat(browser.all("button.accept, button.withdraw")).isEmpty();
		assertThat(row(FIRST, "XF-R1").getText()).contains("Not yet");
		assertThat(browser.accessibilityViolations()).as("radar for a viewer").isEmpty();
	}

	@Test
	void aCoordinatorAcceptsASuggestionThatTheBriefingPackThenShows() {
		browser.signIn("coordinator");
		browser.open(RADAR).find("#radar-" + FIRST + "-XF");
		browser.find("#accept-" + FIRST + "-XF-R2").click();
		browser.waitUntil(d -> !browser.all("#withdraw-" + FIRST + "-XF-R2").isEmpty());
		assertThat(row(FIRST, "XF-R2").getText()).contains("Accepted");
		assertThat(browser.script("return document.activeElement.id")).isEqualTo("withdraw-" + FIRST + "-XF-R2");
		assertThat(browser.find("#radar-" + FIRST + "-XF-outcome").getText()).isEqualTo("XF-R2 is on the agenda of " + FIRST + ".");
		assertThat(agenda()).containsExactly("XF-R2");
		browser.screenshot("radar-accepted-en");

		reload();
		assertThat(row(FIRST, "XF-R2").getText()).contains("Accepted");
		browser.find("#radar-" + FIRST + "-XF a[href='#/briefing/" + FIRST + "']").click();
		browser.settled();
		assertThat(browser.find("#agenda-table").getText()).contains("XF-R2", "Identity checks halved in time");
		// Holding the meeting from its form: the agenda comes ticked as raised.
		browser.open("#/meeting/" + FIRST).find("#meeting-form");
		assertThat(browser.find("input[name=raisedResults][value='XF-R2']").isSelected()).isTrue();
		assertThat(browser.find("input[name=raisedResults][value='XF-R1']").isSelected()).isFalse();

		browser.open(RADAR).find("#withdraw-" + FIRST + "-XF-R2").click();
		browser.waitUntil(d -> !browser.all("#accept-" + FIRST + "-XF-R2").isEmpty());
		assertThat(agenda()).isEmpty();
	}

	@Test
	void theScreenshotsOfTheReadme() {
		browser.signIn("coordinator");
		browser.open("#/radar?from=2026-12-01").find("#radar-score");
		// The first planned meeting and its ranked suggestions, the filters just above.
		String toFirstMeeting = "window.scrollTo(0, document.querySelector('#radar-period').offsetTop - 8)";
		browser.script(toFirstMeeting);
		browser.screenshot("radar-en");
		browser.switchLanguage();
		browser.find("#radar-score");
		browser.script(toFirstMeeting);
		browser.screenshot("radar-fr");
		browser.switchLanguage();
		browser.open("#/meeting/QN-HOM-2026-12-08").find("#meeting-form");
		assertThat(browser.accessibilityViolations()).as("meeting edit screen").isEmpty();
		browser.screenshot("meeting-en");
	}

	private List<String> meetings() {
		return browser.all("article.radar-meeting").stream().map(a -> a.getAttribute("data-engagement")).toList();
	}

	/** The suggestions' result codes in the table's order (rank 1 first). */
	private List<String> ranked(String meeting) {
		return browser.all("#radar-" + meeting + "-XF-table tbody tr td:nth-child(2) a").stream().map(WebElement::getText).toList();
	}

	private WebElement row(String meeting, String result) {
		return browser.find("#radar-" + meeting + "-XF-table tbody tr:has([data-result='" + result + "'])");
	}

	private List<String> reasons(String meeting, String result) {
		return row(meeting, result).findElements(By.cssSelector("[data-reason]")).stream().map(li -> li.getAttribute("data-reason")).toList();
	}

	private List<String> agenda() {
		return driver.executableQuery("MATCH (:Engagement {code: $code})-[:ON_AGENDA]->(r:Result) RETURN r.code AS code ORDER BY code")
			.withParameters(Map.of("code", FIRST)).execute().records().stream().map(r -> r.get("code").asString()).toList();
	}

	private String currentHash() {
		return (String) browser.script("return location.hash");
	}

	/** Reloads the page at its address (the session's credentials stay). */
	private void reload() {
		browser.script("window.beforeReload = true; location.reload();");
		browser.waitUntil(d -> browser.script("return window.beforeReload === undefined && document.readyState === 'complete'")
			.equals(Boolean.TRUE));
		browser.settled();
	}

	/** The CSV caught, without its byte-order mark. */
	private String caught(int index) {
		return new String(browser.download(index).bytes(), StandardCharsets.UTF_8).substring(1);
	}
}
