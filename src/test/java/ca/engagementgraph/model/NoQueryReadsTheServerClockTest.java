package ca.engagementgraph.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Cypher the service runs reads the database server's clock: "today" is the program's date (Ottawa's, or the
 * pinned one), bound as {@code $today}, and timestamps come from the service. The database server's date is in
 * another zone or on another day, and cannot be pinned for demos and tests, so a query reading it drifts from the
 * pages that do not. Every string literal and text block of the main sources is read, and every migration.
 */
class NoQueryReadsTheServerClockTest {

	/** {@code date()}, {@code datetime()}, ... with no argument: the server's clock (with one, a conversion). */
	private static final Pattern SERVER_CLOCK = Pattern.compile(
			"(?i)(?<![.\\w$])(date|datetime|localdatetime|localtime|time)(\\.(transaction|statement|realtime))?\\s*\\(\\s*(\\{\\s*\\})?\\s*\\)|\\btimestamp\\s*\\(\\s*\\)");

	private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);

	private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

	@Test
	void noStringInTheMainSourcesCallsTheServerClock() throws IOException {
		var offenders = new ArrayList<String>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				for (String literal : literals(Files.readString(file))) {
					Matcher clock = SERVER_CLOCK.matcher(literal);
					while (clock.find()) {
						offenders.add(file + ": " + clock.group());
					}
				}
			}
		}
		assertThat(offenders).isEmpty();
	}

	@Test
	void noMigrationCallsTheServerClock() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("graph-schema"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".cypher")).toList()) {
				assertThat(SERVER_CLOCK.matcher(Files.readString(file)).find()).as(file.toString()).isFalse();
			}
		}
	}

	@Test
	void theScanRecognisesTheServerClockAndNothingElse() {
		assertThat(literals("String q = \"\"\"\n WHERE d.to >= date() AND x\n\"\"\"; String p = \"at datetime( )\";"))
			.allMatch(text -> SERVER_CLOCK.matcher(text).find());
		assertThat(SERVER_CLOCK.matcher("WHERE d.to >= date.realtime()").find()).isTrue();
		for (String fine : List.of("date($today)", "e.date <= $asOf", "today.date()", "duration.inDays(a, $today)",
				"datetime($at)")) {
			assertThat(SERVER_CLOCK.matcher(fine).find()).as(fine).isFalse();
		}
	}

	/** The text of every text block and string literal of a Java source. */
	private static List<String> literals(String source) {
		var found = new ArrayList<String>();
		Matcher blocks = TEXT_BLOCK.matcher(source);
		var rest = new StringBuilder();
		while (blocks.find()) {
			found.add(blocks.group(1));
			blocks.appendReplacement(rest, "");
		}
		blocks.appendTail(rest);
		Matcher strings = STRING_LITERAL.matcher(rest);
		while (strings.find()) {
			found.add(strings.group(1));
		}
		return found;
	}
}
