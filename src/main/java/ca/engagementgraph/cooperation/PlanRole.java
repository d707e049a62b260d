package ca.engagementgraph.cooperation;

import ca.engagementgraph.department.Department;

/** Protected B: the role a department holds in a country's engagement plan. */
public record PlanRole(Department department, String role, EngagementPlan plan) {
}
