package ca.engagementgraph.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import ca.engagementgraph.database.GraphInitializer;
import ca.engagementgraph.loading.Loading;
import ca.engagementgraph.loading.InvalidDataException;
import ca.engagementgraph.transfer.GraphImporter;
import ca.engagementgraph.transfer.ImportReport;
import ca.engagementgraph.database.InProcessReads;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.Label;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Gives an empty graph its reference data (departments, partners, the envelope, priority areas, the logic
 * model) and, unless switched off, the fictional demo scenario, from the JSON files of {@code seed/}, through the
 * same importer users load spreadsheets with.
 *
 * <p>It runs after the schema migrations and before the web server accepts requests ({@code GraphStartup}), and
 * writes in a single transaction: nobody ever sees a half-loaded graph. A graph that
 * already holds domain data is left alone, so nothing recorded by users is overwritten by a restart.
 */
@Component
@ConditionalOnProperty(name = "engagement-graph.seed.enabled", havingValue = "true", matchIfMissing = true)
@org.springframework.core.annotation.Order(0) // before the ledger's check, which builds the ledger of what it loaded
class SeedData implements GraphInitializer {

	private static final Logger log = LoggerFactory.getLogger(SeedData.class);

	private static final String HAS_DOMAIN_DATA = """
			RETURN EXISTS {
			  MATCH (n) WHERE none(label IN labels(n) WHERE label STARTS WITH '__' OR label = 'AuditEvent')
			} AS present
			""";

	private final Driver driver;
	private final GraphImporter importer;
	private final SeedProperties properties;
	private final @Nullable InProcessReads inProcess;

	SeedData(Driver driver, GraphImporter importer, SeedProperties properties, ObjectProvider<InProcessReads> inProcess) {
		this.driver = driver;
		this.importer = importer;
		this.properties = properties;
		this.inProcess = inProcess.getIfAvailable();
	}

	@Override
	public void initialize() {
		if (inProcess != null ? hasDomainData(inProcess) : hasDomainData(driver, importer)) {
			log.info("The graph already holds data; seed files not loaded");
			return;
		}
		log.info("Loading {} data into the empty graph", properties.demoData() ? "reference and demo" : "reference");
		var report = load(importer, properties.demoData());
		log.info("Loaded {} data ({} nodes, {} relationships) in {} ms",
				properties.demoData() ? "reference and demo" : "reference", report.nodes(), report.relationships(),
				report.millis());
	}

	/** Validates the seed files and merges them into the graph, all or nothing. Loading twice changes nothing. */
	static ImportReport load(GraphImporter importer, boolean withDemoData) {
		var inputs = new ArrayList<Loading.Input>();
		inputs.addAll(resources("classpath*:seed/reference/*.json"));
		if (withDemoData) {
			inputs.addAll(resources("classpath*:seed/demo/*.json"));
		}
		var report = importer.load(inputs, false, "seed", Loading.Progress.NONE);
		if (!report.ok()) {
			throw new InvalidDataException(report.problems());
		}
		return report;
	}

	/** The same question through the embedded API: a label in use, other than the bookkeeping's, with a node. */
	static boolean hasDomainData(InProcessReads graph) {
		return graph.read(tx -> {
			for (Label label : tx.getAllLabelsInUse()) {
				if (label.name().startsWith("__") || label.name().equals("AuditEvent")) {
					continue;
				}
				try (var nodes = tx.findNodes(label)) {
					if (nodes.hasNext()) {
						return true;
					}
				}
			}
			return false;
		});
	}

	private static boolean hasDomainData(Driver driver, GraphImporter importer) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(HAS_DOMAIN_DATA).single().get("present").asBoolean(),
					importer.limits().forLoading());
		}
	}

	/** The files {@code pattern} finds on the classpath, once per name, in name order, each open to read. */
	static List<Loading.Input> resources(String pattern) {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources(pattern);
			// A classpath can expose the same folder twice (a jar's manifest and its directory): one file per name.
			var byName = new java.util.TreeMap<String, Resource>();
			for (Resource resource : found) {
				byName.putIfAbsent("seed/" + parentFolder(resource) + resource.getFilename(), resource);
			}
			var inputs = new ArrayList<Loading.Input>();
			for (var entry : byName.entrySet()) {
				inputs.add(new Loading.Input(entry.getKey(), entry.getValue().getInputStream()));
			}
			return inputs;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Seed files could not be read from " + pattern, ex);
		}
	}

	private static String parentFolder(Resource resource) throws IOException {
		String path = resource.getURI().toString();
		int end = path.lastIndexOf('/');
		int start = path.lastIndexOf('/', end - 1);
		return path.substring(start + 1, end + 1);
	}
}
