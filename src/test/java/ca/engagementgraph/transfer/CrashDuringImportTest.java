package ca.engagementgraph.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import ca.engagementgraph.EngagementGraphApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process is killed (SIGKILL) in the middle of a large import: the database opens consistent, holds none of
 * the unfinished import (it commits all or nothing), and running the same import again finishes it, without
 * duplicates.
 */
@Tag("drill")
class CrashDuringImportTest {

	static final int MEETINGS = 60_000;
	private static final Pattern PROGRESS = Pattern.compile("rows ([\\d,]+) /");

	@TempDir
	Path folder;

	@Test
	void anImportKilledMidwayLeavesNothingAndRunsAgainToCompletion() throws Exception {
		Path data = Files.createDirectories(folder.resolve("data"));
		Files.writeString(data.resolve("countries.csv"), "iso2,iso3,nameEn,nameFr,region\nXV,XVV,Vland,Vlande,ASIA\n");
		Files.writeString(data.resolve("missions.csv"),
				"code,nameEn,nameFr,kind,city,REPRESENTS,LOCATED_IN\nXV-OTT,Embassy,Ambassade,EMBASSY,Ottawa,XV,CA\n");
		Files.writeString(data.resolve("countries-canada.json"), """
				{"label": "Country", "records": [{"iso2": "CA", "iso3": "CAN", "nameEn": "Canada", "nameFr": "Canada", "region": "AMERICAS"}]}
				""");
		Files.writeString(data.resolve("departments.json"), """
				{"label": "Department", "records": [{"code": "CBSA", "nameEn": "CBSA", "nameFr": "ASFC"}]}
				""");
		var csv = new StringBuilder("code,date,status,kind,setting,level,summaryEn,summaryFr,WITH,CONCERNS,ATTENDED_BY\n");
		for (int i = 0; i < MEETINGS; i++) {
			csv.append("XV-M").append(i).append(",2024-01-01,HELD,CALL,OTTAWA,DG,a,b,Mission:XV-OTT,XV,Department:CBSA{lead=true}\n");
		}
		Files.writeString(data.resolve("engagements.csv"), csv);
		Path store = folder.resolve("store");

		Process importer = new ProcessBuilder(javaCommand(), "--enable-native-access=ALL-UNNAMED", "-cp",
				System.getProperty("java.class.path"), EngagementGraphApplication.class.getName(), "import", data.toString(),
				"--engagement-graph.embedded.data-dir=" + store, "--engagement-graph.embedded.bolt-port=0")
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		long rowsSeen = waitForProgress(importer.getErrorStream(), 40_000);
		importer.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
		assertThat(importer.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(rowsSeen).as("killed in the middle of writing").isGreaterThanOrEqualTo(40_000);

		assertThat(meetings(store)).as("the killed import left nothing behind").isZero();

		var out = new ByteArrayOutputStream();
		int exit = new TransferCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()))
			.execute(EngagementGraphApplication.class, new String[] { "import", data.toString(),
					"--engagement-graph.embedded.data-dir=" + store, "--engagement-graph.embedded.bolt-port=0" });
		assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(meetings(store)).as("running it again finished it, once").isEqualTo(MEETINGS);
	}

	/** Opens the store (recovering it if needed) and counts the imported meetings, distinct codes only. */
	private static long meetings(Path store) {
		var service = new DatabaseManagementServiceBuilder(store).build();
		try {
			return service.database("neo4j").executeTransactionally("""
					MATCH (e:Engagement) WHERE e.code STARTS WITH 'XV-M'
					WITH count(e) AS all, count(DISTINCT e.code) AS distinct
					RETURN CASE WHEN all = distinct THEN all ELSE -1 END AS n
					""", Map.of(), result -> (Long) result.next().get("n"));
		}
		finally {
			service.shutdown();
		}
	}

	/**
	 * Reads the importer's progress ("rows N / T") until at least {@code rows} are written; returns the last N. No time
	 * limit: however slow the machine, the importer either gets there or ends, and then its output says why.
	 */
	private static long waitForProgress(InputStream progress, long rows) throws IOException {
		var text = new StringBuilder();
		var tail = new StringBuilder();
		long last = 0;
		int c;
		while ((c = progress.read()) >= 0) {
			text.append((char) c);
			if (c == '\r' || c == '\n') {
				var matcher = PROGRESS.matcher(text);
				if (matcher.find()) {
					last = Long.parseLong(matcher.group(1).replace(",", ""));
				}
				tail.append(text);
				if (tail.length() > 4_000) {
					tail.delete(0, tail.length() - 4_000);
				}
				text.setLength(0);
				if (last >= rows) {
					return last;
				}
			}
		}
		throw new AssertionError("The import ended before " + rows + " rows (last seen " + last + "): " + tail + text);
	}

	private static String javaCommand() {
		return ProcessHandle.current().info().command().orElse("java");
	}

}
