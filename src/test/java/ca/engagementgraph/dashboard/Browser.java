package ca.engagementgraph.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.core.io.ClassPathResource;

/**
 * The system's headless Chromium, driven through its ChromeDriver (Debian's chromium and chromium-driver packages;
 * CHROMIUM and CHROMEDRIVER override the paths). Nothing is downloaded: without the two programs the browser
 * tests are skipped, with the command that installs them.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
	static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
	static final Path SCREENSHOTS = Path.of("target/screenshots");

	private final ChromeDriver driver;
	private final String base;
	private final WebDriverWait wait;

	static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	Browser(int port) {
		// Selenium's notes about Chromium's DevTools version are not about the page under test.
		Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// Background networking off: this machine's closed network would refuse Chromium's own calls home.
		// The console, to catch what the Content-Security-Policy refused.
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=1280,900", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--no-first-run", "--disable-extensions", "--lang=en-CA");
		var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
		this.driver = new ChromeDriver(service, options);
		this.base = "http://localhost:" + port + "/";
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
	}

	/** Opens the dashboard on a screen (e.g. "#/gap") and waits until it has drawn. */
	Browser open(String route) {
		driver.get(base + route);
		return settled();
	}

	/** Opens a page of the service outside the dashboard, signed in with HTTP Basic as user (e.g. GraphiQL). */
	Browser openAs(String user, String path) {
		driver.get(base.replace("http://", "http://" + user + ":demo@") + path.substring(1));
		return this;
	}

	/** Waits for the current screen to finish loading: a heading, and no request pending. */
	Browser settled() {
		wait.until(d -> !d.findElements(By.cssSelector("main h1")).isEmpty()
				&& d.findElements(By.cssSelector("main[aria-busy]")).isEmpty());
		return this;
	}

	Browser signIn(String user) {
		driver.get(base);
		driver.executeScript("sessionStorage.clear(); localStorage.clear();");
		open("");
		find("#sign-in-user").sendKeys(user);
		find("#sign-in-password").sendKeys("demo");
		find("#sign-in-password").sendKeys(org.openqa.selenium.Keys.ENTER);
		wait.until(d -> !d.findElements(By.cssSelector("nav:not([hidden])")).isEmpty());
		return settled();
	}

	String heading() {
		return find("main h1").getText();
	}

	WebElement find(String css) {
		return wait.until(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
	}

	List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	void waitUntil(java.util.function.Function<ChromeDriver, Boolean> condition) {
		wait.until(d -> condition.apply(driver));
	}

	/** Catches what the page downloads (URL.createObjectURL) as data URLs, with the file names it gives them. */
	private static final String CATCH_DOWNLOADS = """
			window.caught = [];
			if (window.catching) return;
			window.catching = true;
			const original = URL.createObjectURL;
			URL.createObjectURL = blob => {
			  const reader = new FileReader();
			  const entry = { type: blob.type, data: null, name: null };
			  window.caught.push(entry);
			  reader.onload = () => { entry.data = reader.result; };
			  reader.readAsDataURL(blob);
			  return original.call(URL, blob);
			};
			document.addEventListener('click', event => {
			  const anchor = event.target.closest('a[download]');
			  if (anchor) { window.caught[window.caught.length - 1].name = anchor.download; event.preventDefault(); }
			}, true);""";

	/** A file the page offered for download: its name and its bytes. */
	record Download(String name, byte[] bytes) {
	}

	/** From now on, what the page downloads is caught (see {@link #download}) instead of saved. */
	void catchDownloads() {
		script(CATCH_DOWNLOADS);
	}

	/** The {@code index}-th download caught since {@link #catchDownloads()}, once the page has produced it. */
	@SuppressWarnings("unchecked")
	Download download(int index) {
		waitUntil(d -> Boolean.TRUE.equals(script(
				"return window.caught.length > arguments[0] && window.caught[arguments[0]].data != null", index)));
		var entry = (Map<String, Object>) script("return window.caught[arguments[0]]", index);
		String data = (String) entry.get("data");
		return new Download((String) entry.get("name"),
				java.util.Base64.getDecoder().decode(data.substring(data.indexOf(',') + 1)));
	}

	/** How many downloads were caught since {@link #catchDownloads()}. */
	int downloadCount() {
		return ((Number) script("return window.caught.length")).intValue();
	}

	Object script(String script, Object... arguments) {
		return driver.executeScript(script, arguments);
	}

	String language() {
		return (String) driver.executeScript("return document.documentElement.lang");
	}

	void switchLanguage() {
		String before = language();
		find("#language").click();
		wait.until(d -> !before.equals(language()));
		settled();
	}

	/** Saves what the screen shows, charts drawn, as target/screenshots/{name}.png. */
	Path screenshot(String name) {
		try {
			// Charts are drawn on the next animation frame after the page is in place.
			driver.executeAsyncScript("requestAnimationFrame(() => requestAnimationFrame(arguments[arguments.length - 1]))");
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** How many Letter pages the screen prints on (Chromium's own print to PDF, with the print style sheet). */
	int printedPages() {
		var pdf = driver.print(new org.openqa.selenium.print.PrintOptions());
		String text = new String(java.util.Base64.getDecoder().decode(pdf.getContent()), StandardCharsets.ISO_8859_1);
		return (int) java.util.regex.Pattern.compile("/Type\\s*/Page(?!s)").matcher(text).results().count();
	}

	/** The WCAG 2.1 A and AA violations axe-core finds on the screen, as "rule: target" lines. */
	@SuppressWarnings("unchecked")
	List<String> accessibilityViolations() {
		if (!Boolean.TRUE.equals(driver.executeScript("return typeof axe !== 'undefined'"))) {
			driver.executeScript(AXE);
		}
		var result = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })
				  .then(r => done({ violations: r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', ')) }))
				  .catch(e => done({ violations: ['axe failed: ' + e] }));
				""");
		return (List<String>) result.get("violations");
	}

	/**
	 * What the page's Content-Security-Policy refused since the last call (scripts, styles, connections...), as
	 * Chromium reports it in the console.
	 */
	List<String> contentSecurityPolicyViolations() {
		return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
			.map(org.openqa.selenium.logging.LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy"))
			.toList();
	}

	@Override
	public void close() {
		driver.quit();
	}

	private static final String AXE = read(new org.webjars.WebJarVersionLocator().fullPath("axe-core", "axe.min.js"));

	private static String read(String resource) {
		try {
			return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
