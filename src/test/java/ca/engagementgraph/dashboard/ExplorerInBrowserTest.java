package ca.engagementgraph.dashboard;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The graph explorer in a real headless Chromium, in both languages: the path drawn without squashing its nodes and
 * meaning what it says, a country's picture keeping its projects and missions and saying what it left out, one colour
 * and shape per type, French names for types and links, and the Bloom-like tools (legend filters, expanding along one
 * relationship type, zoom limits, details, hide and undo, the state in the address, PNG export). The picture is read
 * from Cytoscape itself (the instance its container holds), since a canvas has no DOM to query.
 */
@GraphIntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerInBrowserTest {

	private static final String CY = "document.getElementById('graph')._cyreg.cy";

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void startBrowser() {
		assumeTrue(Browser.installed(), "Browser tests need Chromium and its driver: apt-get install chromium chromium-driver");
		browser = new Browser(port);
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	private void inLanguage(String lang) {
		if (!browser.language().equals(lang)) {
			browser.switchLanguage();
		}
	}

	private void openExplorer(String route) {
		browser.open(route).find("#node-list li[data-key]");
		browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("return !!document.getElementById('graph')._cyreg")));
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> drawnNodes() {
		return (List<Map<String, Object>>) browser.script("return " + CY + ".nodes().map(n => ({id: n.id(), label: n.id().split(':')[0],"
				+ " width: n.width(), height: n.height(), colour: n.style('background-color'), shape: n.style('shape'),"
				+ " border: n.style('border-color'), path: n.hasClass('path'), caption: n.data('label')}))");
	}

	@SuppressWarnings("unchecked")
	private List<String> drawnLinkLabels() {
		return (List<String>) browser.script("return " + CY + ".edges().map(e => e.data('label'))");
	}

	/** Read in one step: the panel is redrawn whenever the picture is, so a found element can go stale. */
	private String detailsTitle() {
		return (String) browser.script("return document.querySelector('#node-details h2')?.textContent ?? ''");
	}

	private void findPath(String from, String to) {
		browser.find("#path-result");
		browser.script("document.getElementById('path-result').textContent = ''");
		browser.find("#path-from").clear();
		browser.find("#path-from").sendKeys(from);
		browser.find("#path-to").clear();
		browser.find("#path-to").sendKeys(to);
		browser.find("#path-form button[type=submit]").click();
		browser.waitUntil(d -> !browser.find("#path-result").getText().isBlank());
	}

	@Test
	void thePathIsDrawnInRedWithoutSquashingItsNodesAndMeansTheDepartmentAttendedAMeetingThatRaisedTheResult() {
		browser.signIn("coordinator");
		for (String lang : List.of("en", "fr")) {
			inLanguage(lang);
			openExplorer("#/explore/Result:QN-R04");
			findPath("QN-R04", "CBSA");
			assertThat(browser.find("#path-result").getText()).contains("QN-R04", "BRF-2022-12-01", "CBSA")
				.contains(lang.equals("en") ? "raised" : "a soulevé").doesNotContain("RAISED", "ATTENDED_BY");
			var onPath = drawnNodes().stream().filter(n -> Boolean.TRUE.equals(n.get("path"))).toList();
			assertThat(onPath).extracting(n -> n.get("id")).contains("Result:QN-R04", "Engagement:BRF-2022-12-01", "Department:CBSA");
			assertThat(onPath).allSatisfy(n -> {
				assertThat(((Number) n.get("width")).doubleValue()).as("%s keeps its size", n.get("id")).isGreaterThanOrEqualTo(20);
				assertThat(((Number) n.get("height")).doubleValue()).isGreaterThanOrEqualTo(20);
				assertThat(n.get("border")).isEqualTo("rgb(164,22,26)");
			});
			browser.screenshot("explorer-path-" + lang);

			findPath("QN-R04", "IRB");
			assertThat(browser.find("#path-result").getText())
				.isEqualTo(lang.equals("en") ? "QN-R04 was never raised at a held meeting that IRB attended."
						: "QN-R04 n’a jamais été soulevé lors d’une rencontre tenue à laquelle IRB a participé.");

			findPath("QN-R99", "CBSA");
			assertThat(browser.find("#path-result").getText().replace('\u00a0', ' ')).startsWith(lang.equals("en") ? "Not found:" : "Introuvable :")
				.contains("QN-R99");
			assertThat(browser.find("#path-result").getAttribute("role")).isEqualTo("alert");
			assertThat(browser.accessibilityViolations()).as("explorer after the paths, %s", lang).isEmpty();
		}
		inLanguage("en");
	}

	@Test
	void thePathFoundIsKeptInTheAddressSoAReloadRedrawsItAndBackBringsThePreviousOneBack() {
		browser.signIn("coordinator");
		for (String lang : List.of("en", "fr")) {
			inLanguage(lang);
			openExplorer("#/explore/Result:QN-R04");
			findPath("QN-R04", "CBSA");
			String address = (String) browser.script("return location.hash");
			assertThat((String) browser.script("return decodeURIComponent(location.hash)")).contains("p=QN-R04~CBSA");

			browser.open("#/"); // elsewhere first: the same address again would not be a new visit
			openExplorer(address);
			browser.waitUntil(d -> browser.find("#path-result").getText().contains("BRF-2022-12-01"));
			assertThat(browser.find("#path-from").getAttribute("value")).isEqualTo("QN-R04");
			assertThat(browser.find("#path-to").getAttribute("value")).isEqualTo("CBSA");
			assertThat(drawnNodes()).filteredOn(n -> Boolean.TRUE.equals(n.get("path"))).extracting(n -> n.get("id"))
				.contains("Department:CBSA");

			// Another path is a new history entry; Back brings the first one back.
			findPath("QN-R04", "IRB");
			assertThat((String) browser.script("return decodeURIComponent(location.hash)")).contains("p=QN-R04~IRB");
			browser.script("history.back()");
			browser.waitUntil(d -> ((String) browser.script("return decodeURIComponent(location.hash)")).contains("p=QN-R04~CBSA"));
			browser.settled();
			browser.waitUntil(d -> browser.find("#path-result").getText().contains("BRF-2022-12-01"));
			assertThat(browser.accessibilityViolations()).as("explorer with a path from its address, %s", lang).isEmpty();
		}
		inLanguage("en");
	}

	@Test
	void aCountryShowsItsProjectsAndMissionsFirstAndOffersTheMeetingsItLeftOut() {
		browser.signIn("coordinator");
		for (String lang : List.of("en", "fr")) {
			inLanguage(lang);
			openExplorer("#/explore/Country:QN");
			assertThat(browser.heading()).isEqualTo(lang.equals("en") ? "Neighbourhood of country QN" : "Voisinage du pays QN");
			assertThat(browser.all("#node-list li[data-key^='Project:']")).isNotEmpty();
			assertThat(browser.all("#node-list li[data-key^='Mission:']")).isNotEmpty();
			String more = browser.find("#explore-omitted button[data-omitted=Engagement]").getText();
			assertThat(more).matches(lang.equals("en") ? "\\+\\d+ meetings not shown" : "\\+\\d+ rencontres hors de l’image");
			int before = browser.all("#node-list li[data-key^='Engagement:']").size();
			browser.find("#explore-omitted button[data-omitted=Engagement]").click();
			browser.waitUntil(d -> browser.all("#node-list li[data-key^='Engagement:']").size() > before);
			assertThat(browser.all("#explore-omitted button[data-omitted=Engagement]")).isEmpty();
			browser.screenshot("explorer-country-" + lang);
		}
		inLanguage("en");
	}

	@Test
	void everyTypeHasItsOwnColourAndShapeNoneThePathsRedAndFocusStaysOnTheExpandedNode() {
		browser.signIn("coordinator");
		openExplorer("#/explore/Country:QN");
		browser.find("button[data-expand='Project:MCEE-QN-01']").sendKeys(Keys.ENTER);
		browser.waitUntil(d -> !browser.all("#node-list li[data-key^='Result:']").isEmpty());
		browser.waitUntil(d -> "Project:MCEE-QN-01".equals(browser.script("return document.activeElement.dataset.expand")));

		var looks = new java.util.HashMap<String, String>();
		for (var node : drawnNodes()) {
			String look = node.get("colour") + " " + node.get("shape");
			String before = looks.putIfAbsent((String) node.get("label"), look);
			assertThat(before == null || before.equals(look)).as("one look per type: %s", node.get("label")).isTrue();
			assertThat((String) node.get("colour")).isNotEqualTo("rgb(164,22,26)");
		}
		assertThat(looks.size()).isGreaterThanOrEqualTo(6);
		assertThat(java.util.Set.copyOf(looks.values())).as("colours and shapes do not collide").hasSize(looks.size());
		var colours = looks.values().stream().map(look -> look.split(" ")[0]).distinct().count();
		var shapes = looks.values().stream().map(look -> look.split(" ")[1]).distinct().count();
		assertThat(colours).as("distinct colours").isEqualTo(looks.size());
		assertThat(shapes).as("distinct shapes").isEqualTo(looks.size());
		assertThat(browser.all("#legend button[data-type] svg")).hasSize(looks.size());
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

	@Test
	void theExplorerSpeaksFrenchOnFrenchPagesWithReadableCaptions() {
		browser.signIn("coordinator");
		inLanguage("fr");
		openExplorer("#/explore/Result:QN-R04");
		assertThat(browser.heading()).isEqualTo("Voisinage du résultat QN-R04");
		String list = browser.find("#node-list").getText();
		assertThat(list).contains("Résultat QN-R04", "Projet MCEE-QN-01", "Rencontre ", "Élargir")
			.doesNotContain("Result ", "KeyMessage", "Engagement ", "Project ");
		assertThat(browser.find("#legend").getText()).contains("Résultat", "Rencontre").doesNotContain("Engagement", "KeyMessage");
		assertThat(drawnLinkLabels()).contains("a soulevé").doesNotContain("RAISED", "OF", "ABOUT");
		String rootCaption = drawnNodes().stream().filter(n -> n.get("id").equals("Result:QN-R04")).findFirst().orElseThrow()
			.get("caption").toString();
		assertThat(rootCaption).as("a caption says what the result is").contains("QN-R04").isNotEqualTo("QN-R04");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.screenshot("explorer-result-fr");
		inLanguage("en");
		assertThat(browser.heading()).isEqualTo("Neighbourhood of result QN-R04");
	}

	@Test
	void legendFiltersExpandingAlongARelationshipZoomLimitsDetailsHideUndoBackAndPngExport() {
		browser.signIn("coordinator");
		for (String lang : List.of("en", "fr")) {
			inLanguage(lang);
			openExplorer("#/explore/Result:QN-R04");
			int meetings = browser.all("#node-list li[data-key^='Engagement:']").size();
			assertThat(meetings).isPositive();

			// Filter by type, kept in the address; Back brings the type back.
			browser.find("#legend button[data-type=Engagement]").click();
			browser.waitUntil(d -> browser.all("#node-list li[data-key^='Engagement:']").isEmpty());
			assertThat(browser.find("#legend button[data-type=Engagement]").getAttribute("aria-pressed")).isEqualTo("false");
			assertThat((String) browser.script("return location.hash")).contains("f=Engagement");
			browser.script("history.back()");
			browser.waitUntil(d -> browser.all("#node-list li[data-key^='Engagement:']").size() == meetings);

			// Details of the selected node: its properties in the page's language.
			browser.find("button[data-details='Result:QN-R04']").click();
			browser.waitUntil(d -> !browser.all("#node-details dl dt").isEmpty());
			assertThat(detailsTitle().replace('\u00a0', ' '))
				.isEqualTo(lang.equals("en") ? "Details: Result QN-R04" : "Détails : Résultat QN-R04");
			assertThat(browser.find("#node-details dl").getText())
				.contains(lang.equals("en") ? "Summary" : "Résumé", lang.equals("en") ? "Achieved on" : "Atteint le");
			assertThat(browser.accessibilityViolations()).as("details panel, %s", lang).isEmpty();

			// Expand along one relationship type: the project's country, and nothing else of the project's.
			browser.find("button[data-details='Project:MCEE-QN-01']").click();
			browser.waitUntil(d -> detailsTitle().contains("MCEE-QN-01") && !browser.all("#node-details #expand-type").isEmpty());
			new org.openqa.selenium.support.ui.Select(browser.find("#expand-type")).selectByValue("IN");
			browser.find("#expand-along").click();
			browser.waitUntil(d -> !browser.all("#node-list li[data-key='Country:QN']").isEmpty());
			assertThat((String) browser.script("return decodeURIComponent(location.hash)")).contains("x=Project:MCEE-QN-01~t:IN");
			assertThat(browser.all("#node-list li[data-key^='Mission:']")).as("only along IN").isEmpty();
			assertThat(browser.script("return document.activeElement.id")).isEqualTo("expand-along");

			// Hide, then undo.
			browser.find("button[data-hide='Engagement:BRF-2022-12-01']").click();
			browser.waitUntil(d -> browser.all("#node-list li[data-key='Engagement:BRF-2022-12-01']").isEmpty());
			assertThat((String) browser.script("return decodeURIComponent(location.hash)")).contains("h=Engagement:BRF-2022-12-01");
			browser.find("#explore-undo").click();
			browser.waitUntil(d -> !browser.all("#node-list li[data-key='Engagement:BRF-2022-12-01']").isEmpty());

			// Back: before the undo (hidden again), then before the hiding, then before the expansion.
			browser.script("history.back()");
			browser.waitUntil(d -> browser.all("#node-list li[data-key='Engagement:BRF-2022-12-01']").isEmpty());
			browser.script("history.back()");
			browser.waitUntil(d -> !browser.all("#node-list li[data-key='Engagement:BRF-2022-12-01']").isEmpty()
					&& !browser.all("#node-list li[data-key='Country:QN']").isEmpty());
			browser.script("history.back()");
			browser.waitUntil(d -> browser.all("#node-list li[data-key='Country:QN']").isEmpty()
					&& !browser.all("#node-list li[data-key='Result:QN-R04']").isEmpty());

			// Zoom within its limits.
			for (int i = 0; i < 12 && browser.find("#zoom-in").isEnabled(); i++) {
				browser.find("#zoom-in").click();
			}
			assertThat(browser.find("#zoom-in").isEnabled()).isFalse();
			assertThat(((Number) browser.script("return " + CY + ".zoom()")).doubleValue()).isLessThanOrEqualTo(4.0);
			for (int i = 0; i < 20 && browser.find("#zoom-out").isEnabled(); i++) {
				browser.find("#zoom-out").click();
			}
			assertThat(((Number) browser.script("return " + CY + ".zoom()")).doubleValue()).isGreaterThanOrEqualTo(0.25);
			browser.find("#zoom-fit").click();
			assertThat(browser.find("#zoom-in").isEnabled()).isTrue();

			// Export the picture as a PNG.
			browser.find("#export-png").click();
			browser.waitUntil(d -> browser.find("#png-link").isDisplayed());
			assertThat(browser.find("#png-link").getAttribute("download")).isEqualTo("graph-Result-QN-R04.png");
			assertThat(browser.find("#png-link").getAttribute("href")).startsWith("blob:");
			assertThat(browser.find("#png-link").getAttribute("type")).isEqualTo("image/png");
			assertThat(Long.parseLong(browser.find("#png-link").getAttribute("data-bytes"))).isGreaterThan(5_000);
			assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
		}
		inLanguage("en");
	}

	@Test
	void aViewerWithoutTheClearanceSeesNoProtectedMeetingInThePictureOrItsDetails() {
		browser.signIn("viewer");
		openExplorer("#/explore/Result:QN-R04");
		assertThat(browser.all("#node-list li[data-key^='Engagement:RWG-']")).isEmpty();
		browser.find("button[data-details='Result:QN-R04']").click();
		browser.waitUntil(d -> !browser.all("#node-details dl dt").isEmpty());
		assertThat(browser.find("#node-details").getText()).doesNotContain("RWG-");
		browser.open("#/explore/Engagement:RWG-ADM-2023-Q1");
		browser.waitUntil(d -> !browser.find("#explore-status").getText().isBlank());
		assertThat(browser.all("#node-list li[data-key]")).isEmpty();
	}
}
