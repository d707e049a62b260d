package ca.engagementgraph.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.util.FileSystemUtils;

/**
 * How the benchmark starts the service: as the README deploys it, the jar extracted ({@code java -Djarmode=tools
 * extract}: plain jars on the class path instead of jars nested in one) and started with an AOT cache that one earlier
 * start of the same jar wrote ({@code -XX:AOTCacheOutput}, then {@code -XX:AOTCache}: JDK 25's ahead-of-time class
 * loading, linking and method profiles). At scale L on two cores that is the difference between a start of 35 s and
 * one of 13 s: a start is mostly loading and linking classes (Spring, Neo4j's Cypher compiler) with a cold JIT, and
 * the nested jars' class loader alone was a third of its CPU.
 *
 * <p>Run from a class path (the tooling under {@code spring-boot:run}) there is no jar to extract: the service then
 * starts from that class path, without a cache (the benchmark's output says which way it started).
 */
final class ServiceLaunch {

	private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

	private final String classPath = System.getProperty("java.class.path");

	private final Path folder;

	private @Nullable Path extractedJar;

	ServiceLaunch(Path folder) {
		this.folder = folder;
	}

	/** Whether the tooling runs from its jar (then it can be extracted and started with an AOT cache). */
	boolean fromJar() {
		return classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator);
	}

	/** The command that starts the service from the jar as built ({@code java -jar}), nested jars and no cache. */
	List<String> plain(String heap) {
		var command = jvm(heap);
		if (fromJar()) {
			command.addAll(List.of("-jar", classPath, "service"));
		}
		else {
			command.addAll(List.of("-cp", classPath, "ca.engagementgraph.tooling.Tools", "service"));
		}
		return command;
	}

	/** Extracts the jar (once per run, into a clean folder): the layout the cache is written for. */
	void extract() throws IOException, InterruptedException {
		Path destination = folder.resolve("extracted");
		FileSystemUtils.deleteRecursively(destination);
		Files.createDirectories(folder);
		var extract = new ProcessBuilder(java, "-Djarmode=tools", "-jar", classPath, "extract", "--destination",
				destination.toString())
			.redirectErrorStream(true)
			.redirectOutput(folder.resolve("extract.log").toFile())
			.start();
		if (!extract.waitFor(10, TimeUnit.MINUTES) || extract.exitValue() != 0) {
			throw new IOException("Extracting " + classPath + " failed; see " + folder.resolve("extract.log"));
		}
		extractedJar = destination.resolve(Path.of(classPath).getFileName());
	}

	/** The start that writes the cache when the service stops (a training run: slower than the plain start). */
	List<String> training(String heap) {
		return extracted(heap, "-XX:AOTCacheOutput=" + cache());
	}

	/** The start as deployed: the extracted jar with the cache the training run wrote. */
	List<String> cached(String heap) {
		return extracted(heap, "-XX:AOTCache=" + cache());
	}

	Path cache() {
		return folder.resolve("engagement-graph.aot");
	}

	private List<String> extracted(String heap, String cacheOption) {
		if (extractedJar == null) {
			throw new IllegalStateException("extract() first");
		}
		var command = jvm(heap);
		// The JVM's notes on classes it leaves out of the cache (signed jars) are not the service's output.
		command.addAll(List.of(cacheOption, "-Xlog:aot*=off", "-Xlog:cds*=off", "-jar", extractedJar.toString(), "service"));
		return command;
	}

	private List<String> jvm(String heap) {
		return new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+UseG1GC"));
	}
}
