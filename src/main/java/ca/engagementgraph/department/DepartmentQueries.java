package ca.engagementgraph.department;

import java.util.Map;

import ca.engagementgraph.graph.Hop;
import ca.engagementgraph.graph.ListQuery;

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
	static final Hop DEPARTMENT_ENGAGEMENTS = Hop.incoming("Department", "ATTENDED_BY", "Engagement", "date", true);
	static final Hop DEPARTMENT_KEY_MESSAGES = Hop.incoming("Department", "DRAFTED_BY", "KeyMessage");
	static final Hop DEPARTMENT_ACTIONS = Hop.incoming("Department", "ASSIGNED_TO", "Action", "due", false);
	static final Hop UNIT_DEPARTMENT = Hop.outgoing("Unit", "PART_OF", "Department");
	static final Hop UNIT_PROJECTS = Hop.incoming("Unit", "MANAGED_BY", "Project");
	static final Hop UNIT_ENGAGEMENTS = Hop.incoming("Unit", "ATTENDED_BY", "Engagement", "date", true);
}
