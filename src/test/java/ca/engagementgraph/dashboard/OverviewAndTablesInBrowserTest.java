package ca.engagementgraph.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

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
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 16, the overview and the tables, in a real headless Chromium, in both languages: the overview answers the
 * program's question first (the gap, the missed meetings, the longest wait, and the program-wide lists behind them,
 * each row linking to its country, result and meeting); every table downloads as CSV and Excel and every chart as
 * PNG, in the reader's language and with only what the reader sees; filters and sorts live in the address (shared,
 * and Back restores them); charts open the rows behind them and the gap chart follows the table's order.
 */
@GraphIntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewAndTablesInBrowserTest {

	/** Clicks the first bar of the chart in arguments[0] where a reader would, and returns its label. */
	private static final String CLICK_FIRST_BAR = """
			const chart = document.querySelector(arguments[0]).chart;
			const bar = chart.getDatasetMeta(0).data[0];
			const box = chart.canvas.getBoundingClientRect();
			chart.canvas.dispatchEvent(new MouseEvent('click', { clientX: box.left + bar.x - 2, clientY: box.top + bar.y, bubbles: true }));
			return chart.data.labels[0];""";

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

	@Test
	void theOverviewOpensWithTheProgramGapAndItsListsInBothLanguages() {
		browser.signIn("analyst");
		browser.open("#/").find("#program-never-raised");
		assertThat(browser.heading()).isEqualTo("Program overview");
		assertThat(browser.all("main h2").getFirst().getText()).isEqualTo("The leveraging gap, program-wide");
		int neverRaised = figure("never-raised");
		assertThat(neverRaised).as("results never raised in Ottawa, program-wide").isEqualTo(neverRaisedInTheGapTable());
		assertThat(figure("missed")).as("missed Ottawa meetings").isPositive();
		WebElement longest = browser.find("[data-figure=longest-wait]");
		assertThat(longest.getText()).contains("days: the longest wait");
		assertThat(longest.findElements(By.cssSelector("a[href^='#/explore/Result:']"))).hasSize(1);
		assertThat(longest.findElements(By.cssSelector("a[href^='#/country/']"))).hasSize(1);
		// The list's first row is the longest wait, and every row links to its result and its country.
		var firstRow = browser.find("#program-never-raised tbody tr");
		assertThat(firstRow.findElement(By.cssSelector("a[href^='#/explore/Result:']")).getText())
			.isEqualTo(longest.findElement(By.cssSelector("a[href^='#/explore/Result:']")).getText());
		assertThat(browser.all("#program-never-raised tbody tr")).hasSize(Math.min(20, neverRaised))
			.allSatisfy(row -> assertThat(row.findElements(By.cssSelector("a[href^='#/country/']"))).hasSize(1));
		assertThat(countriesIn("#program-never-raised")).as("across countries").hasSizeGreaterThan(1);
		assertThat(browser.all("#program-missed tbody tr")).isNotEmpty().allSatisfy(row -> {
			assertThat(row.findElements(By.cssSelector("a[href^='#/explore/Engagement:']"))).hasSize(1);
			assertThat(row.findElements(By.cssSelector("a[href^='#/country/']"))).hasSize(1);
		});
		assertThat(browser.accessibilityViolations()).as("overview in English").isEmpty();
		assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
		browser.screenshot("overview-gap-en");

		browser.switchLanguage();
		assertThat(browser.heading()).isEqualTo("Aperçu du programme");
		assertThat(browser.all("main h2").getFirst().getText()).isEqualTo("L’écart de mise à profit, dans tout le programme");
		assertThat(browser.find("[data-figure=longest-wait]").getText()).contains("jours : l’attente la plus longue");
		assertThat(browser.find("#program-never-raised thead").getText()).contains("Résultat", "Pays", "Atteint le");
		assertThat(browser.accessibilityViolations()).as("overview in French").isEmpty();
		browser.screenshot("overview-gap-fr");
		browser.switchLanguage();
	}

	@Test
	void theProgramListsPageForwardAndBackThroughTheAddress() {
		browser.signIn("analyst");
		browser.open("#/");
		String firstPage = browser.find("#program-never-raised tbody tr").getText();
		browser.find("#program-never-raised ~ * a[data-page=next], a[data-page=next]").click();
		browser.settled();
		browser.waitUntil(d -> !browser.find("#program-never-raised tbody tr").getText().equals(firstPage));
		assertThat(currentHash()).contains("results=", "resultsPage=2");
		assertThat(browser.find("main").getText()).contains("Rows 21 to");
		browser.script("history.back()");
		browser.waitUntil(d -> browser.find("#program-never-raised tbody tr").getText().equals(firstPage));
	}

	@Test
	void filtersLiveInTheAddressAndBackRestoresThem() {
		browser.signIn("analyst");
		browser.open("#/");
		new Select(browser.find("#overview-filters-country")).selectByValue("QN");
		browser.find("#overview-filters-apply").click();
		browser.waitUntil(d -> currentHash().contains("country=QN"));
		browser.settled();
		browser.waitUntil(d -> countriesIn("#program-never-raised").equals(java.util.Set.of("#/country/QN")));
		assertThat(countriesIn("#program-missed")).containsExactly("#/country/QN");
		assertThat(browser.heading()).isEqualTo("Program overview");

		browser.script("history.back()");
		browser.waitUntil(d -> !currentHash().contains("country=QN"));
		browser.settled();
		browser.waitUntil(d -> countriesIn("#program-never-raised").size() > 1);

		// Shared: the same address opens the same view.
		browser.open("#/?country=QN");
		assertThat(new Select(browser.find("#overview-filters-country")).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("QN");
		assertThat(countriesIn("#program-never-raised")).containsExactly("#/country/QN");

		// A region, in French; a date that is not one is explained, not sent.
		browser.open("#/?region=AFRICA&from=2024-13");
		browser.switchLanguage();
		assertThat(new Select(browser.find("#overview-filters-region")).getFirstSelectedOption().getText()).isEqualTo("Afrique");
		assertThat(browser.find("main").getText()).contains("année-mois-jour");
		assertThat(browser.all("#program-never-raised tbody tr td:nth-child(3)")).isNotEmpty()
			.allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("Afrique"));
		assertThat(browser.accessibilityViolations()).as("filtered overview in French").isEmpty();
		browser.switchLanguage();
	}

	@Test
	void theOverviewFiltersByDepartmentAsOfADateAndForClearedReadersByDesignation() {
		browser.signIn("analyst");
		browser.open("#/");
		int everyResult = figure("never-raised");
		// Counting only meetings CBSA attended, more results were never raised in Ottawa; as of an earlier date, fewer
		// had been achieved. Both come from the address, so the view can be shared.
		browser.open("#/?department=CBSA");
		assertThat(new Select(browser.find("#overview-filters-department")).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("CBSA");
		assertThat(figure("never-raised")).isGreaterThanOrEqualTo(everyResult);
		browser.open("#/?asOf=2022-01-01");
		assertThat(browser.find("#overview-filters-asOf").getAttribute("value")).isEqualTo("2022-01-01");
		assertThat(figure("never-raised")).isLessThan(everyResult);
		browser.open("#/?designation=RECALCITRANT");
		assertThat(new Select(browser.find("#overview-filters-designation")).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("RECALCITRANT");
		assertThat(figure("never-raised")).isPositive().isLessThan(everyResult);
		browser.switchLanguage();
		assertThat(browser.find("label[for=overview-filters-department]").getText())
			.isEqualTo("En ne comptant que les rencontres auxquelles a participé");
		assertThat(browser.accessibilityViolations()).as("overview filtered by designation, in French").isEmpty();
		browser.switchLanguage();

		// A viewer is offered no designation, and one in the address is not applied.
		browser.signIn("viewer");
		browser.open("#/?designation=RECALCITRANT");
		browser.find("#overview-filters-department");
		assertThat(browser.all("#overview-filters-designation")).isEmpty();
		assertThat(browser.find("#program-gap").getText()).doesNotContain("Recalcitrant");
		assertThat(browser.all("#program-never-raised tbody tr")).isNotEmpty();
	}

	@Test
	void aBarOfTheOverviewChartListsThatCountrysRows() {
		browser.signIn("coordinator");
		browser.open("#/");
		browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("return !!document.querySelector('.chart-figure')?.chart")));
		String country = (String) browser.script(CLICK_FIRST_BAR, ".chart-figure");
		browser.waitUntil(d -> currentHash().contains("country="));
		browser.settled();
		browser.waitUntil(d -> browser.all("#program-never-raised tbody tr").stream()
			.allMatch(row -> row.findElement(By.cssSelector("a[href^='#/country/']")).getText().equals(country)));
	}

	@Test
	void aBarOfAProfileChartMarksAndFocusesItsRow() {
		browser.signIn("analyst");
		browser.open("#/");
		String section = "section[aria-labelledby='h-by-status']";
		browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(
				"return !!document.querySelector(arguments[0] + ' .chart-figure')?.chart", section)));
		String status = (String) browser.script(CLICK_FIRST_BAR, section + " .chart-figure");
		browser.waitUntil(d -> !browser.all(section + " tr.highlight").isEmpty());
		assertThat(browser.find(section + " tr.highlight th").getText()).isEqualTo(status);
		assertThat(browser.script("return document.activeElement.matches('tr.highlight')")).isEqualTo(true);
	}

	@Test
	void aCountrysResultsAsOfADateAndItsMissedMeetingsBetweenDatesComeFromTheAddress() {
		browser.signIn("analyst");
		browser.open("#/country/QN").find("#unleveraged-table");
		browser.find("#country-filters-asOf").sendKeys("2000-01-01");
		browser.find("#country-filters-apply").click();
		browser.waitUntil(d -> currentHash().equals("#/country/QN?asOf=2000-01-01"));
		browser.settled();
		browser.waitUntil(d -> browser.all("#unleveraged-table").isEmpty());
		assertThat(browser.find("#country-filters-asOf").getAttribute("value")).isEqualTo("2000-01-01");
		browser.script("history.back()");
		browser.waitUntil(d -> !browser.all("#unleveraged-table").isEmpty());

		browser.open("#/country/QN?from=2030-01-01");
		browser.switchLanguage();
		assertThat(browser.find("main").getText()).contains("Aucune occasion manquée");
		assertThat(browser.find("label[for=country-filters-asOf]").getText()).isEqualTo("Résultats en date du");
		assertThat(browser.accessibilityViolations()).as("filtered country page in French").isEmpty();
		browser.switchLanguage();
	}

	@Test
	void everyTableExportsWhatTheReaderSeesInTheirLanguage() throws IOException {
		browser.signIn("viewer");
		browser.open("#/");
		browser.catchDownloads();
		browser.find("#program-never-raised").findElement(By.xpath("..")).findElement(By.cssSelector("[data-export=csv]")).click();
		var csv = browser.download(0);
		assertThat(csv.name()).matches("engagement-graph_overview_results-never-raised-in-ottawa-all-countries_\\d{4}-\\d{2}-\\d{2}\\.csv");
		assertThat(csv.bytes()).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv.bytes(), StandardCharsets.UTF_8).substring(1);
		List<String> lines = text.lines().toList();
		assertThat(lines.getFirst()).isEqualTo("Result,Country,Region,Project,Achieved,Waiting for");
		assertThat(lines).hasSize(1 + browser.all("#program-never-raised tbody tr").size());
		assertThat(text).contains("\r\n");

		// French, and a table with Protected B parts: the viewer's export has only what the viewer sees.
		browser.switchLanguage();
		browser.catchDownloads();
		assertThat(browser.all("[data-redacted]")).hasSize(1);
		browser.find("#program-missed").findElement(By.xpath("..")).findElement(By.cssSelector("[data-export=csv]")).click();
		var french = new String(browser.download(0).bytes(), StandardCharsets.UTF_8);
		assertThat(french.lines().findFirst().orElseThrow())
			.isEqualTo("\uFEFFRencontre,Date,Pays,Interlocuteur,Résultats en attente,En attente depuis le plus longtemps");
		assertThat(browser.download(0).name()).startsWith("graphe-engagements_overview_rencontres-manquees-a-ottawa-tous-pays_");
		int exportsBefore = exportCount();
		browser.find("#program-missed").findElement(By.xpath("..")).findElement(By.cssSelector("[data-export=xlsx]")).click();
		var workbook = unzip(browser.download(exportsBefore).bytes());
		assertThat(workbook).containsKeys("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
		assertThat(workbook.get("xl/worksheets/sheet1.xml")).contains("Résultats en attente", "<v>");
		assertThat(browser.all("[data-redacted]")).as("the designation breakdown stays redacted").hasSize(1);
		assertThat(browser.all("[data-export]").stream().map(button -> button.getAttribute("aria-label")))
			.as("no export offers the redacted designation table").noneMatch(label -> label.contains("désignation"));

		// A chart as PNG, on the screen's name.
		exportsBefore = exportCount();
		browser.find(".chart-figure [data-export=png]").click();
		var png = browser.download(exportsBefore);
		assertThat(png.bytes()).startsWith(0x89, 'P', 'N', 'G');
		assertThat(png.name()).startsWith("graphe-engagements_overview_").endsWith(".png");
		browser.switchLanguage();
	}

	@Test
	void everyColumnSortsFromTheKeyboardAndTheSortIsKeptInTheAddress() {
		browser.signIn("analyst");
		browser.open("#/");
		WebElement waiting = browser.all("#program-never-raised thead th").get(5);
		waiting.findElement(By.tagName("button")).sendKeys(Keys.ENTER);
		assertThat(waiting.getAttribute("aria-sort")).isEqualTo("descending");
		assertThat(currentHash()).contains("sort.program-never-raised=5.d");
		// A text column with no sort of its own sorts by what it shows.
		WebElement project = browser.all("#program-never-raised thead th").get(3);
		project.findElement(By.tagName("button")).sendKeys(Keys.ENTER);
		assertThat(project.getAttribute("aria-sort")).isEqualTo("ascending");
		var projects = browser.all("#program-never-raised tbody tr td:nth-child(4)").stream().map(WebElement::getText).toList();
		assertThat(projects).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.CANADA)::compare);

		browser.open(currentHash()).find("#program-never-raised");
		assertThat(browser.all("#program-never-raised thead th").get(3).getAttribute("aria-sort")).isEqualTo("ascending");
		assertThat(browser.all("#program-missed thead th button")).as("every column of every table").hasSize(6);
	}

	@Test
	void theGapChartFollowsTheTableAndTheDepartmentColumnsAreExplained() {
		browser.signIn("analyst");
		browser.open("#/gap");
		WebElement never = browser.all("#gap-table thead th").get(4);
		never.findElement(By.tagName("button")).sendKeys(Keys.ENTER);
		browser.waitUntil(d -> chartLabels().equals(tableCountries()));
		assertThat(browser.find("#department-columns").getText()).contains("meetings the department attended");
		assertThat(browser.find("#gap-table thead abbr[title]").getAttribute("title")).isNotBlank();
		assertThat(browser.find("#department-legend").getText()).contains("CBSA");
		assertThat(browser.all("#gap-filters-designation")).as("a cleared reader may filter by designation").hasSize(1);

		new Select(browser.find("#gap-filters-department")).selectByValue("CBSA");
		new Select(browser.find("#gap-filters-region")).selectByValue("AFRICA");
		browser.find("#gap-filters-apply").click();
		browser.waitUntil(d -> currentHash().contains("department=CBSA"));
		browser.settled();
		browser.waitUntil(d -> java.util.Set.copyOf(tableCountries()).equals(java.util.Set.of("Marovia", "Lumbara", "Ruvenza")));
		assertThat(browser.all("#gap-table thead abbr")).hasSize(1);
		assertThat(browser.find("#gap-table thead th[aria-sort]").getText()).as("the sort was kept")
			.contains("Never raised in Ottawa");
		browser.waitUntil(d -> chartLabels().equals(tableCountries()));
		browser.screenshot("gap-filtered-en");

		browser.switchLanguage();
		assertThat(browser.find("#department-columns").getText()).contains("Colonnes des ministères");
		assertThat(browser.accessibilityViolations()).as("filtered gap in French").isEmpty();
		browser.screenshot("gap-filtered-fr");
		browser.switchLanguage();

		browser.signIn("viewer");
		browser.open("#/gap?designation=RECALCITRANT");
		assertThat(browser.all("#gap-filters-designation")).as("not offered without the clearance").isEmpty();
		assertThat(browser.find("main").getText()).doesNotContain("Protected B:");
		assertThat(browser.all("[role=alert]")).isEmpty();
	}

	private int exportCount() {
		return browser.downloadCount();
	}

	private static Map<String, String> unzip(byte[] bytes) throws IOException {
		var parts = new HashMap<String, String>();
		try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return parts;
	}

	private int figure(String name) {
		return Integer.parseInt(browser.find("[data-figure=" + name + "] .value").getText().replaceAll("[^0-9]", ""));
	}

	private int neverRaisedInTheGapTable() {
		String overview = currentHash();
		browser.open("#/gap");
		int sum = browser.all("#gap-table tbody tr td:nth-child(5)").stream().map(WebElement::getText)
			.mapToInt(text -> Integer.parseInt(text.replaceAll("[^0-9]", ""))).sum();
		browser.open(overview).find("#program-never-raised");
		return sum;
	}

	private java.util.Set<String> countriesIn(String table) {
		return browser.all(table + " tbody tr a[href^='#/country/']").stream().map(a -> a.getAttribute("href"))
			.map(href -> href.substring(href.indexOf('#'))).collect(java.util.stream.Collectors.toSet());
	}

	private String currentHash() {
		return (String) browser.script("return location.hash");
	}

	@SuppressWarnings("unchecked")
	private List<String> chartLabels() {
		return (List<String>) browser.script("return document.querySelector('.chart-figure')?.chart?.data.labels ?? []");
	}

	private List<String> tableCountries() {
		return browser.all("#gap-table tbody tr th").stream().map(WebElement::getText).toList();
	}
}
