package ca.engagementgraph.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import ca.engagementgraph.model.GraphModel;
import ca.engagementgraph.model.RelationshipSpec;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How long the lists of the graph really are, for the cost of a request ({@link QueryCost}): for each label,
 * relationship type and direction, the degree that 95 % of the nodes having such relationships stay within (and the
 * largest), read from the graph itself. A list field of the API (a country's engagements, a department's meetings)
 * is estimated by the relationships it follows. The figures are read once the service has started (a request
 * arriving before waits for that reading), then refreshed in the background at most every {@link #REFRESH} as
 * requests come, so they follow the graph as it grows; on a sample of {@value #SAMPLE} nodes per label, so reading
 * them costs the same on any graph.
 */
@Component
class ListSizes {

	private static final Logger log = LoggerFactory.getLogger(ListSizes.class);

	static final Duration REFRESH = Duration.ofMinutes(5);
	/** With a database that cannot be read, how long to use {@link #DEFAULT} before trying again. */
	static final Duration RETRY = Duration.ofSeconds(10);
	static final int SAMPLE = 10_000;
	/** What a list counts for when nothing better is known (an analytical answer, before the first reading). */
	static final int DEFAULT = 10;

	/**
	 * One step's degrees. Label and type are written into the text (from the model, a closed set of identifiers,
	 * never from input) rather than given as {@code $(...)} parameters: with a static type, the degree of a node is
	 * read from its relationship groups (GetDegree); with a dynamic one, Cypher walks every relationship of every
	 * sampled node. At scale L the dynamic form cost 2.9 M db hits for four steps and the whole reading took longer
	 * than {@link #REFRESH}, so it ran back to back and kept one of two cores busy for good.
	 */
	private static final String DEGREES = """
			MATCH (n:`%s`) WITH n LIMIT $sample
			WITH COUNT { (n)%s[:`%s`]%s() } AS degree
			WHERE degree > 0
			RETURN coalesce(percentileDisc(degree, 0.95), 0) AS typical, coalesce(max(degree), 0) AS largest
			""";

	static String degrees(Step step) {
		return DEGREES.formatted(identifier(step.label()), step.outgoing() ? "-" : "<-", identifier(step.type()),
				step.outgoing() ? "->" : "-");
	}

	private static String identifier(String name) {
		if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
			throw new IllegalArgumentException("Not a label or type of the model: " + name);
		}
		return name;
	}

	/** One relationship seen from one end: (label)-[type]-> or (label)<-[type]-. */
	record Step(String label, String type, boolean outgoing) {
	}

	/** The degrees of one step: 95th percentile and maximum, over the nodes that have at least one. */
	record Degree(long typical, long largest) {
	}

	private final Driver driver;
	private final ca.engagementgraph.database.GraphStartup graph;
	private final AtomicBoolean refreshing = new AtomicBoolean();
	private final Object firstReading = new Object();
	private volatile @Nullable Map<Step, Degree> degrees;
	private volatile long readAt;
	private volatile long triedAt = System.nanoTime() - RETRY.toNanos();

	ListSizes(Driver driver, ca.engagementgraph.database.GraphStartup graph) {
		this.driver = driver;
		this.graph = graph;
	}

	/** The typical length of the list {@code field} of type {@code parent} whose items are of the given labels. */
	long estimate(String parent, Set<String> itemLabels) {
		var steps = steps(parent, itemLabels);
		if (steps.isEmpty()) {
			return DEFAULT;
		}
		Map<Step, Degree> known = current();
		if (known == null) {
			return DEFAULT;
		}
		return Math.max(1, steps.stream().mapToLong(step -> known.getOrDefault(step, new Degree(0, 0)).typical()).max()
			.orElse(DEFAULT));
	}

	/** The relationships a list of {@code itemLabels} under a {@code parent} node can follow, from the model. */
	static List<Step> steps(String parent, Set<String> itemLabels) {
		var steps = new ArrayList<Step>();
		if (GraphModel.get().nodeType(parent).isEmpty()) {
			return steps;
		}
		for (RelationshipSpec spec : GraphModel.get().relationships()) {
			if (spec.from().equals(parent) && spec.to().stream().anyMatch(itemLabels::contains)) {
				steps.add(new Step(parent, spec.type(), true));
			}
			if (spec.to().contains(parent) && itemLabels.contains(spec.from())) {
				steps.add(new Step(parent, spec.type(), false));
			}
		}
		return steps;
	}

	/**
	 * Starts reading the figures as soon as the service has started, beside it (the command line never asks): a
	 * request arriving before the reading is done waits for it.
	 */
	@org.springframework.context.event.EventListener
	void readAtStart(org.springframework.boot.context.event.ApplicationStartedEvent event) {
		if (event.getApplicationContext() instanceof org.springframework.web.context.WebApplicationContext) {
			Thread.ofPlatform().daemon(true).name("list-sizes").start(this::current);
		}
	}

	/**
	 * The figures as last read: read now (once, whoever asks first) if never read, refreshed in the background when
	 * older than {@link #REFRESH}. Null while the graph is not ready (an external database down since startup: the
	 * request will be answered DATABASE_UNAVAILABLE anyway) or could never be read.
	 */
	@Nullable Map<Step, Degree> current() {
		if (degrees == null) {
			if (!graph.ready()) {
				return null;
			}
			synchronized (firstReading) {
				if (degrees == null && System.nanoTime() - triedAt >= RETRY.toNanos()) {
					refresh();
				}
			}
		}
		else if (System.nanoTime() - readAt > REFRESH.toNanos() && refreshing.compareAndSet(false, true)) {
			Thread.ofPlatform().daemon(true).name("list-sizes").start(() -> {
				try {
					refresh();
				}
				finally {
					refreshing.set(false);
				}
			});
		}
		return degrees;
	}

	/**
	 * When the figures in use were read ({@code System.nanoTime}), 0 before any: a price made from them is as old.
	 * Never waits for a reading (a request with no list in it must not wait for the first one after a start).
	 */
	long readAt() {
		return degrees == null ? 0 : readAt;
	}

	/** Reads the degrees of every step of the model. A database that cannot be read leaves the previous figures. */
	synchronized void refresh() {
		triedAt = System.nanoTime();
		var read = new HashMap<Step, Degree>();
		try (var session = driver.session()) {
			for (Step step : allSteps()) {
				var row = session.run(degrees(step), Map.of("sample", SAMPLE)).single();
				read.put(step, new Degree(row.get("typical").asLong(), row.get("largest").asLong()));
			}
			degrees = Map.copyOf(read);
			readAt = System.nanoTime();
		}
		catch (RuntimeException ex) {
			log.debug("List sizes could not be read; keeping the previous figures: {}", ex.getMessage());
		}
	}

	private static Set<Step> allSteps() {
		var steps = new LinkedHashSet<Step>();
		for (RelationshipSpec spec : GraphModel.get().relationships()) {
			steps.add(new Step(spec.from(), spec.type(), true));
			spec.to().forEach(to -> steps.add(new Step(to, spec.type(), false)));
		}
		return steps;
	}
}
