package ca.engagementgraph.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.model.ClassificationRule;
import org.jspecify.annotations.Nullable;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

import static ca.engagementgraph.ledger.GraphTokens.*;

/**
 * A rebuild's two walks of a country ({@link LedgerRebuild#MEETINGS_OF_COUNTRY}, {@link LedgerRebuild#RAISABLES_OF_COUNTRY})
 * through the embedded database's own API, in its process: the same rows, with the same values, as the statements
 * return. The Cypher runtime spent two fifths of a rebuild's rows phase at scale L interpreting these walks
 * (graph-schema/PERFORMANCE.md 4.37); the statements stay the definition, and what a rebuild over the driver runs.
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
		var meetings = new LinkedHashMap<Node, Reach>();
		Node c = tx.findNode(COUNTRY, "iso2", country);
		if (c == null) {
			return Map.of();
		}
		for (Node mission : starts(c, REPRESENTS, MISSION)) {
			boolean ottawa = false;
			for (Node where : ends(mission, LOCATED_IN, COUNTRY)) {
				ottawa |= "CA".equals(where.getProperty("iso2", null));
			}
			for (Node e : starts(mission, WITH, ENGAGEMENT)) {
				meetings.computeIfAbsent(e, k -> new Reach()).ottawa |= ottawa;
			}
		}
		for (Node authority : starts(c, OF, AUTHORITY)) {
			for (Node e : starts(authority, WITH, ENGAGEMENT)) {
				meetings.computeIfAbsent(e, k -> new Reach()).authority = true;
			}
		}
		for (Node project : starts(c, IN, PROJECT)) {
			for (Node result : starts(project, OF, RESULT)) {
				for (Node e : starts(result, RAISED, ENGAGEMENT)) {
					meetings.computeIfAbsent(e, k -> new Reach()).citations++;
				}
			}
			for (Node e : starts(project, RAISED, ENGAGEMENT)) {
				meetings.computeIfAbsent(e, k -> new Reach());
			}
		}
		for (Node e : starts(c, CONCERNS, ENGAGEMENT)) {
			meetings.computeIfAbsent(e, k -> new Reach());
		}
		var rows = new HashMap<String, Map<String, Object>>(meetings.size() * 2);
		meetings.forEach((e, reach) -> {
			boolean concerns = false;
			for (Node k : ends(e, CONCERNS, COUNTRY)) {
				concerns |= country.equals(k.getProperty("iso2", null));
			}
			var departments = new ArrayList<Object>();
			var throughUnits = new ArrayList<Object>();
			for (Node attendee : ends(e, ATTENDED_BY, null)) {
				if (attendee.hasLabel(DEPARTMENT)) {
					departments.add(attendee.getProperty("code", null));
				}
				if (attendee.hasLabel(UNIT)) {
					for (Node d : ends(attendee, PART_OF, DEPARTMENT)) {
						throughUnits.add(d.getProperty("code", null));
					}
				}
			}
			departments.addAll(throughUnits);
			var counterparts = new ArrayList<Object>();
			var forums = new ArrayList<Object>();
			for (Node w : ends(e, WITH, null)) {
				Object code = w.getProperty("code", null);
				if (code != null) {
					counterparts.add(code);
					if (w.hasLabel(ORGANIZATION)) {
						forums.add(code);
					}
				}
			}
			long openActions = 0;
			for (Node action : starts(e, FROM, ACTION)) {
				if ("OPEN".equals(action.getProperty("status", null))) {
					openActions++;
				}
			}
			Object setting = e.getProperty("setting", null);
			var row = new HashMap<String, Object>();
			row.put("id", e.getElementId());
			row.put("meeting", e.getProperty("code", null));
			row.put("date", e.getProperty("date", null));
			row.put("status", e.getProperty("status", null));
			row.put("setting", setting);
			row.put("concerns", concerns);
			row.put("unclassified", meetingUnclassified(e));
			row.put("ottawa", reach.ottawa);
			row.put("authority", reach.authority);
			row.put("citations", reach.citations);
			row.put("heldIn", "IN_COUNTRY".equals(setting) && concerns);
			row.put("departments", departments);
			row.put("counterparts", counterparts);
			row.put("forums", forums);
			row.put("openActions", openActions);
			rows.put(e.getElementId(), row);
		});
		return rows;
	}

	/** The rows of {@link LedgerRebuild#RAISABLES_OF_COUNTRY}. */
	static List<Map<String, Object>> raisables(Transaction tx, String country) {
		Node c = tx.findNode(COUNTRY, "iso2", country);
		if (c == null) {
			return List.of();
		}
		var raisables = new LinkedHashSet<Node>();
		for (Node project : starts(c, IN, PROJECT)) {
			raisables.add(project);
			raisables.addAll(starts(project, OF, RESULT));
		}
		var rows = new ArrayList<Map<String, Object>>(raisables.size());
		for (Node x : raisables) {
			boolean result = x.hasLabel(RESULT);
			var projects = new ArrayList<Object>();
			var countries = new ArrayList<Object>();
			if (result) {
				for (Node p : ends(x, OF, PROJECT)) {
					for (Node k : ends(p, IN, COUNTRY)) {
						Object iso2 = k.getProperty("iso2", null);
						countries.add(iso2);
						if (country.equals(iso2)) {
							projects.add(p.getProperty("code", null));
						}
					}
				}
			}
			else {
				projects.add(x.getProperty("code", null));
				for (Node k : ends(x, IN, COUNTRY)) {
					countries.add(k.getProperty("iso2", null));
				}
			}
			var raisedBy = new ArrayList<Object>();
			for (Node e : starts(x, RAISED, ENGAGEMENT)) {
				raisedBy.add(e.getElementId());
			}
			Object achievedOn = x.getProperty("achievedOn", null);
			var row = new HashMap<String, Object>();
			row.put("kind", result ? "Result" : "Project");
			row.put("key", x.getProperty("code", null));
			row.put("projects", projects);
			row.put("achievedOn", achievedOn != null ? achievedOn : x.getProperty("start", null));
			row.put("classification", x.getProperty("classification", "UNCLASSIFIED"));
			row.put("countries", countries);
			row.put("raisedBy", raisedBy);
			row.put("type", result ? x.getProperty("type", null) : null);
			boolean keyMessage = false;
			boolean keyMessageU = false;
			if (result) {
				var about = new ArrayList<Node>();
				about.add(x);
				about.addAll(ends(x, OF, PROJECT));
				for (Node subject : about) {
					for (Node m : starts(subject, ABOUT, KEY_MESSAGE)) {
						if (m.getProperty("approvedOn", null) != null) {
							keyMessage = true;
							keyMessageU |= keyMessageUnclassified(m);
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
	private static boolean meetingUnclassified(Node e) {
		Object classification = e.getProperty("classification", null);
		if (classification != null) {
			return ClassificationRule.UNCLASSIFIED.equals(classification);
		}
		for (Node series : ends(e, PART_OF, ORGANIZATION)) {
			if (ClassificationRule.REMOVALS_WORKING_GROUP.equals(series.getProperty("code", null))) {
				return false;
			}
		}
		return true;
	}

	/** {@code ClassificationRule.visibleTo} for a key message, for a reader without the clearance. */
	private static boolean keyMessageUnclassified(Node m) {
		Object classification = m.getProperty("classification", null);
		if (ClassificationRule.ALWAYS_PROTECTED.contains("KeyMessage")) {
			return classification != null && ClassificationRule.UNCLASSIFIED.equals(classification);
		}
		return classification == null || ClassificationRule.UNCLASSIFIED.equals(classification);
	}

	/** The nodes at the start of {@code node}'s incoming {@code type} relationships that carry {@code label}. */
	private static List<Node> starts(Node node, RelationshipType type, Label label) {
		return neighbours(node, Direction.INCOMING, type, label);
	}

	/** The nodes at the end of {@code node}'s outgoing {@code type} relationships (carrying {@code label}, if given). */
	private static List<Node> ends(Node node, RelationshipType type, @Nullable Label label) {
		return neighbours(node, Direction.OUTGOING, type, label);
	}

	private static List<Node> neighbours(Node node, Direction direction, RelationshipType type, @Nullable Label label) {
		var found = new ArrayList<Node>();
		try (var relationships = node.getRelationships(direction, type)) {
			for (Relationship relationship : relationships) {
				Node other = relationship.getOtherNode(node);
				if (label == null || other.hasLabel(label)) {
					found.add(other);
				}
			}
		}
		return found;
	}
}
