package ca.engagementgraph.leverage;

import ca.engagementgraph.department.Department;

/** Results raised at meetings one department attended. */
public record DepartmentCoverage(Department department, int raised) {
}
