package ca.engagementgraph.department;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import ca.engagementgraph.api.InvalidInputException;
import ca.engagementgraph.api.read.GraphReader;
import org.springframework.stereotype.Component;

/**
 * Checks a department argument against the departments in the graph, explaining a miss.
 *
 * <p>The codes found are remembered for a minute, as {@code KnownCountries} remembers countries: the check ran a
 * statement (a round trip and a transaction) on every question filtered by a department, as much as a small answer
 * itself. A code not among those remembered is looked up again at once, so a department just added is found; one
 * removed still passes for at most a minute, and the questions then find nothing about it.
 */
@Component
public class KnownDepartments {

	private static final String CODES = "MATCH (d:Department) RETURN d.code AS code ORDER BY code";

	private static final long REMEMBERED_NANOS = TimeUnit.MINUTES.toNanos(1);

	private record Found(List<String> codes, long at) {
	}

	private final GraphReader graph;

	private volatile Found found = new Found(List.of(), 0);

	KnownDepartments(GraphReader graph) {
		this.graph = graph;
	}

	public String require(String code, String argument) {
		Found remembered = found;
		if (code != null && remembered.codes().contains(code)
				&& System.nanoTime() - remembered.at() < REMEMBERED_NANOS) {
			return code;
		}
		Collection<String> codes = graph.rows(CODES, Map.of(), (row, nodes) -> row.get("code").asString());
		found = new Found(List.copyOf(codes), System.nanoTime());
		if (code == null || !codes.contains(code)) {
			throw new InvalidInputException("UNKNOWN_DEPARTMENT", argument, "input.unknownDepartment",
					ca.engagementgraph.model.GraphModel.shown(code), String.join(", ", codes));
		}
		return code;
	}
}
