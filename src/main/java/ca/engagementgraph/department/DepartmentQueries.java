package ca.engagementgraph.department;

import java.util.Map;

import ca.engagementgraph.api.read.Hop;
import ca.engagementgraph.api.read.ListQuery;

/** The Cypher behind departments and units. */
final class DepartmentQueries {

	private DepartmentQueries() {
	}

	static final String DEPARTMENT_BY_CODE = "MATCH (node:Department {code: $code}) RETURN node";
	static final String UNIT_BY_CODE = "MATCH (node:Unit {code: $code}) RETURN node";

	static final ListQuery<Department> DEPARTMENTS = ListQuery.ordered(Department.class, """
			MATCH (node:Department)
			""", "code",
			Map.of("NAME", "node.name%s", "CODE", "node.code"));

	static final ListQuery<Unit> UNITS = ListQuery.ordered(Unit.class, """
			MATCH (node:Unit)
			WHERE $department IS NULL OR EXISTS { MATCH (node)-[:PART_OF]->(:Department {code: $department}) }
			""", "code",
			Map.of("NAME", "node.name%s", "CODE", "node.code"));

	static final Hop DEPARTMENT_UNITS = Hop.incoming("Department", "PART_OF", "Unit");
	static final Hop UNIT_DEPARTMENT = Hop.outgoing("Unit", "PART_OF", "Department");
}
