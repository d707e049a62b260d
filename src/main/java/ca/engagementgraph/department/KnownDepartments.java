package ca.engagementgraph.department;

import java.util.Map;

import ca.engagementgraph.api.InvalidInputException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Checks a department argument against the departments in the graph, explaining a miss. */
@Component
public class KnownDepartments {

	private static final String CODES = "MATCH (d:Department) RETURN d.code AS code ORDER BY code";

	private final Neo4jClient client;

	KnownDepartments(Neo4jClient client) {
		this.client = client;
	}

	public String require(String code, String argument) {
		var codes = client.query(CODES).bindAll(Map.of()).fetchAs(String.class).all();
		if (code == null || !codes.contains(code)) {
			throw new InvalidInputException("UNKNOWN_DEPARTMENT", argument, "input.unknownDepartment",
					ca.engagementgraph.model.GraphModel.shown(code), String.join(", ", codes));
		}
		return code;
	}
}
