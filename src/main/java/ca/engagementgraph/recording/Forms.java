package ca.engagementgraph.recording;

import ca.engagementgraph.model.ProjectStatus;

/** How each recordable type's GraphQL input maps onto its record in the graph. */
final class Forms {

	private Forms() {
	}

	static final Form ENGAGEMENT = Form.of("Engagement", "code")
		.properties("date", "status", "kind", "setting", "level", "summaryEn", "summaryFr", "classification")
		.one("counterpart", "WITH", "Mission", "Authority", "Organization")
		.many("countries", "CONCERNS", "Country")
		.manyWithProperty("attendance", "ATTENDED_BY", "lead", "lead", "Department", "Unit")
		.many("raisedResults", "RAISED", "Result")
		.many("raisedProjects", "RAISED", "Project")
		.many("keyMessagesUsed", "USED", "KeyMessage")
		.one("follows", "FOLLOWS", "Engagement")
		.one("series", "PART_OF", "Organization")
		.many("sources", "SOURCED_FROM", "Source");

	static final Form PROJECT = Form.of("Project", "code")
		.properties("titleEn", "titleFr", "start", "end", "fundingCad")
		.converted("status", name -> (long) ProjectStatus.valueOf(name.toString()).code())
		.one("envelope", "FUNDED_BY", "Envelope")
		.many("partners", "IMPLEMENTED_BY", "Organization")
		.one("country", "IN", "Country")
		.many("beneficiaries", "BENEFITS", "Authority")
		.many("priorityAreas", "ADDRESSES", "PriorityArea")
		.many("managedBy", "MANAGED_BY", "Unit")
		.many("sources", "SOURCED_FROM", "Source");

	static final Form RESULT = Form.of("Result", "code")
		.properties("summaryEn", "summaryFr", "achievedOn", "type", "indicatorEn", "indicatorFr", "baseline", "value",
				"unitEn", "unitFr", "classification")
		.one("project", "OF", "Project")
		.many("outcomes", "CONTRIBUTES_TO", "Outcome")
		.many("sources", "SOURCED_FROM", "Source");

	static final Form KEY_MESSAGE = Form.of("KeyMessage", "code")
		.properties("textEn", "textFr", "approvedOn", "classification")
		.many("aboutResults", "ABOUT", "Result")
		.many("aboutProjects", "ABOUT", "Project")
		.many("draftedBy", "DRAFTED_BY", "Department");

	static final Form DECISION = Form.of("Decision", "code")
		.properties("date", "kind", "textEn", "textFr")
		.one("takenAt", "TAKEN_AT", "Engagement")
		.many("countries", "CONCERNS", "Country");

	static final Form ENGAGEMENT_PLAN = Form.of("EngagementPlan", "code")
		.properties("approvedOn")
		.converted("escalationStage", stage -> ((Number) stage).longValue())
		.one("country", "FOR", "Country")
		.manyWithProperty("roles", "HOLDS_ROLE", "role", "role", "Department");

	static final Form TD_STAT = Form.of("TdStat", "code")
		.properties("country", "quarter", "medianDaysToIssue")
		.converted("requested", count -> ((Number) count).longValue())
		.converted("issued", count -> ((Number) count).longValue())
		.one("forCountry", "FOR", "Country");

	static final Form ACTION = Form.of("Action", "code")
		.properties("textEn", "textFr", "due", "status", "classification")
		.one("from", "FROM", "Engagement")
		.many("assignedTo", "ASSIGNED_TO", "Department");
}
