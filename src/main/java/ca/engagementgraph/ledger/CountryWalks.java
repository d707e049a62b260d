package ca.engagementgraph.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.model.ClassificationRule;
import org.neo4j.graphdb.Transaction;

import static ca.engagementgraph.ledger.GraphTokens.*;

/**
 * A rebuild's two walks of a country ({@link LedgerRebuild#MEETINGS_OF_COUNTRY}, {@link LedgerRebuild#RAISABLES_OF_COUNTRY})
 * over a {@link LedgerSource}: the embedded database's own API, in its process, or an offline load's records in memory.
 * The same rows, with the same values, as the statements return. The Cypher runtime spent two fifths of a rebuild's
 * rows phase at scale L interpreting these walks (graph-schema/PERFORMANCE.md 4.37); the statements stay the
 * definition, and what a rebuild over the driver runs.
 * {@code LedgerRebuildAgreesWithMaintenanceTest} holds both to the same rows for every country of the tests' graph.
 */
final class CountryWalks {

	private CountryWalks() {
	}

	/** What a meeting is to the country, gathered over the walk's branches. */
	private static final class Reach {

		boolean ottawa;
		boolean authority;
		long citations;
	}

	/** The rows of {@link LedgerRebuild#MEETINGS_OF_COUNTRY}, by the meeting's element id. */
	static Map<String, Map<String, Object>> meetings(Transaction tx, String country) {
		return meetings(LedgerSource.of(tx), country);
	}

	/** The same rows in any graph, by the graph's names of the meetings ({@link LedgerSource#id}). */
	static <N> Map<String, Map<String, Object>> meetings(LedgerSource<N> graph, String country) {
		var meetings = new LinkedHashMap<N, Reach>();
		N c = graph.country(country);
		if (c == null) {
			return Map.of();
		}
		for (N mission : graph.starts(c, REPRESENTS, MISSION)) {
			boolean ottawa = false;
			for (N where : graph.ends(mission, LOCATED_IN, COUNTRY)) {
				ottawa |= "CA".equals(graph.property(where, "iso2"));
			}
			for (N e : graph.starts(mission, WITH, ENGAGEMENT)) {
				meetings.computeIfAbsent(e, k -> new Reach()).ottawa |= ottawa;
			}
		}
		for (N authority : graph.starts(c, OF, AUTHORITY)) {
			for (N e : graph.starts(authority, WITH, ENGAGEMENT)) {
				meetings.computeIfAbsent(e, k -> new Reach()).authority = true;
			}
		}
		for (N project : graph.starts(c, IN, PROJECT)) {
			for (N result : graph.starts(project, OF, RESULT)) {
				for (N e : graph.starts(result, RAISED, ENGAGEMENT)) {
					meetings.computeIfAbsent(e, k -> new Reach()).citations++;
				}
			}
			for (N e : graph.starts(project, RAISED, ENGAGEMENT)) {
				meetings.computeIfAbsent(e, k -> new Reach());
			}
		}
		for (N e : graph.starts(c, CONCERNS, ENGAGEMENT)) {
			meetings.computeIfAbsent(e, k -> new Reach());
		}
		var rows = new HashMap<String, Map<String, Object>>(meetings.size() * 2);
		meetings.forEach((e, reach) -> {
			boolean concerns = false;
			for (N k : graph.ends(e, CONCERNS, COUNTRY)) {
				concerns |= country.equals(graph.property(k, "iso2"));
			}
			var departments = new ArrayList<Object>();
			var throughUnits = new ArrayList<Object>();
			for (N attendee : graph.ends(e, ATTENDED_BY, null)) {
				if (graph.hasLabel(attendee, DEPARTMENT)) {
					departments.add(graph.property(attendee, "code"));
				}
				if (graph.hasLabel(attendee, UNIT)) {
					for (N d : graph.ends(attendee, PART_OF, DEPARTMENT)) {
						throughUnits.add(graph.property(d, "code"));
					}
				}
			}
			departments.addAll(throughUnits);
			var counterparts = new ArrayList<Object>();
			var forums = new ArrayList<Object>();
			for (N w : graph.ends(e, WITH, null)) {
				Object code = graph.property(w, "code");
				if (code != null) {
					counterparts.add(code);
					if (graph.hasLabel(w, ORGANIZATION)) {
						forums.add(code);
					}
				}
			}
			long openActions = 0;
			for (N action : graph.starts(e, FROM, ACTION)) {
				if ("OPEN".equals(graph.property(action, "status"))) {
					openActions++;
				}
			}
			Object setting = graph.property(e, "setting");
			var row = new HashMap<String, Object>();
			row.put("id", graph.id(e));
			row.put("meeting", graph.property(e, "code"));
			row.put("date", graph.property(e, "date"));
			row.put("status", graph.property(e, "status"));
			row.put("setting", setting);
			row.put("concerns", concerns);
			row.put("unclassified", meetingUnclassified(graph, e));
			row.put("ottawa", reach.ottawa);
			row.put("authority", reach.authority);
			row.put("citations", reach.citations);
			row.put("heldIn", "IN_COUNTRY".equals(setting) && concerns);
			row.put("departments", departments);
			row.put("counterparts", counterparts);
			row.put("forums", forums);
			row.put("openActions", openActions);
			rows.put(graph.id(e), row);
		});
		return rows;
	}

	/** The rows of {@link LedgerRebuild#RAISABLES_OF_COUNTRY}. */
	static List<Map<String, Object>> raisables(Transaction tx, String country) {
		return raisables(LedgerSource.of(tx), country);
	}

	/** The same rows in any graph. */
	static <N> List<Map<String, Object>> raisables(LedgerSource<N> graph, String country) {
		N c = graph.country(country);
		if (c == null) {
			return List.of();
		}
		var raisables = new LinkedHashSet<N>();
		for (N project : graph.starts(c, IN, PROJECT)) {
			raisables.add(project);
			raisables.addAll(graph.starts(project, OF, RESULT));
		}
		var rows = new ArrayList<Map<String, Object>>(raisables.size());
		for (N x : raisables) {
			boolean result = graph.hasLabel(x, RESULT);
			var projects = new ArrayList<Object>();
			var countries = new ArrayList<Object>();
			if (result) {
				for (N p : graph.ends(x, OF, PROJECT)) {
					for (N k : graph.ends(p, IN, COUNTRY)) {
						Object iso2 = graph.property(k, "iso2");
						countries.add(iso2);
						if (country.equals(iso2)) {
							projects.add(graph.property(p, "code"));
						}
					}
				}
			}
			else {
				projects.add(graph.property(x, "code"));
				for (N k : graph.ends(x, IN, COUNTRY)) {
					countries.add(graph.property(k, "iso2"));
				}
			}
			var raisedBy = new ArrayList<Object>();
			for (N e : graph.starts(x, RAISED, ENGAGEMENT)) {
				raisedBy.add(graph.id(e));
			}
			Object achievedOn = graph.property(x, "achievedOn");
			var row = new HashMap<String, Object>();
			row.put("kind", result ? "Result" : "Project");
			row.put("key", graph.property(x, "code"));
			row.put("projects", projects);
			row.put("achievedOn", achievedOn != null ? achievedOn : graph.property(x, "start"));
			Object classification = graph.property(x, "classification");
			row.put("classification", classification != null ? classification : "UNCLASSIFIED");
			row.put("countries", countries);
			row.put("raisedBy", raisedBy);
			row.put("type", result ? graph.property(x, "type") : null);
			boolean keyMessage = false;
			boolean keyMessageU = false;
			if (result) {
				var about = new ArrayList<N>();
				about.add(x);
				about.addAll(graph.ends(x, OF, PROJECT));
				for (N subject : about) {
					for (N m : graph.starts(subject, ABOUT, KEY_MESSAGE)) {
						if (graph.property(m, "approvedOn") != null) {
							keyMessage = true;
							keyMessageU |= keyMessageUnclassified(graph, m);
						}
					}
				}
			}
			row.put("keyMessage", keyMessage);
			row.put("keyMessageU", keyMessageU);
			rows.add(row);
		}
		return rows;
	}

	/**
	 * {@link LedgerCypher#UNCLASSIFIED_MEETING}: a meeting's own marking, or when it has none, the rule's (a meeting
	 * of the removals working group is Protected B).
	 */
	private static <N> boolean meetingUnclassified(LedgerSource<N> graph, N e) {
		Object classification = graph.property(e, "classification");
		if (classification != null) {
			return ClassificationRule.UNCLASSIFIED.equals(classification);
		}
		for (N series : graph.ends(e, PART_OF, ORGANIZATION)) {
			if (ClassificationRule.REMOVALS_WORKING_GROUP.equals(graph.property(series, "code"))) {
				return false;
			}
		}
		return true;
	}

	/** {@code ClassificationRule.visibleTo} for a key message, for a reader without the clearance. */
	private static <N> boolean keyMessageUnclassified(LedgerSource<N> graph, N m) {
		Object classification = graph.property(m, "classification");
		if (ClassificationRule.ALWAYS_PROTECTED.contains("KeyMessage")) {
			return classification != null && ClassificationRule.UNCLASSIFIED.equals(classification);
		}
		return classification == null || ClassificationRule.UNCLASSIFIED.equals(classification);
	}
}
