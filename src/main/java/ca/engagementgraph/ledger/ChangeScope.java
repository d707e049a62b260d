package ca.engagementgraph.ledger;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.NotFoundException;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;

import static ca.engagementgraph.ledger.GraphTokens.*;

/**
 * Reads what a transaction changed (as the database reports it before commit) and says what it means for the
 * ledger: which raisables gain a raising, which must be recomputed, which meeting rows to refresh. Anything that can
 * change an answer is here: links made or removed, a meeting's status, date, setting or classification, a result's
 * date or classification, a counterpart's or a unit's own links, a project's country, keys renamed, nodes deleted,
 * a follow-up action opened, closed or moved to another meeting.
 */
final class ChangeScope {


	private ChangeScope() {
	}

	static LedgerScope of(TransactionData data) {
		var scope = new LedgerScope();
		var deleted = new HashSet<String>();
		for (LabelEntry entry : data.removedLabels()) {
			if (data.isDeleted(entry.node())) {
				deleted.add(entry.node().getElementId());
			}
		}
		scope.deletedNodes.addAll(deleted);
		// A meeting created in this transaction had no raisings to take back: whatever it holds only adds to the rows
		// (its raisings are folded in), never a reason to read every raising of its results again. Classified as a
		// change to an existing meeting (a label assigned, a status or date set), it made recording a meeting cost
		// a walk of every raising of the ten results it raised.
		var createdMeetings = new HashSet<String>();
		for (Node node : data.createdNodes()) {
			if (node.hasLabel(ENGAGEMENT)) {
				createdMeetings.add(node.getElementId());
			}
		}
		scope.meetings.addAll(createdMeetings);
		scope.improvedMeetings.addAll(createdMeetings);
		scope.createdMeetings.addAll(createdMeetings);
		for (Relationship relationship : data.createdRelationships()) {
			linked(scope, relationship, true, deleted);
		}
		for (Relationship relationship : data.deletedRelationships()) {
			linked(scope, relationship, false, deleted);
		}
		for (PropertyEntry<Node> entry : data.assignedNodeProperties()) {
			if (!createdMeetings.contains(entry.entity().getElementId())) {
				propertyChanged(scope, entry, entry.previouslyCommittedValue(), entry.value(), deleted);
			}
		}
		for (PropertyEntry<Node> entry : data.removedNodeProperties()) {
			if (deleted.contains(entry.entity().getElementId())) {
				nodeDeleted(scope, data, entry);
			}
			else {
				propertyChanged(scope, entry, entry.previouslyCommittedValue(), null, deleted);
			}
		}
		for (LabelEntry entry : data.assignedLabels()) {
			if (!createdMeetings.contains(entry.node().getElementId())) {
				relabelled(scope, entry.node(), entry.label(), true);
			}
		}
		for (LabelEntry entry : data.removedLabels()) {
			if (!deleted.contains(entry.node().getElementId())) {
				relabelled(scope, entry.node(), entry.label(), false);
			}
		}
		return scope;
	}

	private static void linked(LedgerScope scope, Relationship relationship, boolean created, Set<String> deleted) {
		Node start = alive(relationship.getStartNode(), deleted);
		Node end = alive(relationship.getEndNode(), deleted);
		String type = relationship.getType().name();
		switch (type) {
			case "RAISED" -> {
				if (start != null) {
					scope.meetings.add(start.getElementId());
				}
				if (end != null) {
					if (created && start != null) {
						scope.improvedPairs.add(new LedgerScope.Pair(start.getElementId(), end.getElementId()));
					}
					else {
						scope.recompute.add(end.getElementId());
					}
				}
			}
			case "WITH", "CONCERNS", "ATTENDED_BY" -> {
				if (start != null && start.hasLabel(ENGAGEMENT)) {
					(created ? scope.improvedMeetings : scope.worsenedMeetings).add(start.getElementId());
				}
			}
			case "REPRESENTS", "LOCATED_IN" -> {
				if (start != null && start.hasLabel(MISSION)) {
					(created ? scope.improvedThrough : scope.worsenedThrough).add(start.getElementId());
				}
			}
			case "OF" -> {
				if (start == null) {
					return;
				}
				if (start.hasLabel(AUTHORITY)) {
					(created ? scope.improvedThrough : scope.worsenedThrough).add(start.getElementId());
				}
				else if (start.hasLabel(RESULT)) {
					scope.moved.add(start.getElementId()); // its country may change: recomputed, with the meetings raising it
				}
			}
			case "PART_OF" -> {
				if (start != null && start.hasLabel(UNIT)) {
					(created ? scope.improvedThrough : scope.worsenedThrough).add(start.getElementId());
				}
				else if (start != null && start.hasLabel(ENGAGEMENT)) {
					// A meeting another tool left unclassified is Protected B by rule while it is part of the removals
					// working group: its series decides whether it counts for readers without the clearance.
					scope.worsenedMeetings.add(start.getElementId());
				}
			}
			case "ABOUT" -> {
				if (end != null) {
					messaged(scope, end); // the radar ranks a result with a key message ready higher
				}
			}
			case "FROM" -> {
				if (end != null && end.hasLabel(ENGAGEMENT)) {
					scope.meetings.add(end.getElementId()); // a follow-up action agreed there, or taken away
				}
			}
			case "IN" -> {
				if (start != null && start.hasLabel(PROJECT)) {
					scope.moved.add(start.getElementId());
				}
			}
			default -> {
				// other relationships do not change what was raised where
			}
		}
	}

	private static void propertyChanged(LedgerScope scope, PropertyEntry<Node> entry, Object before, Object after,
			Set<String> deleted) {
		Node node = entry.entity();
		if (Objects.equals(before, after) || deleted.contains(node.getElementId())) {
			return;
		}
		String id = node.getElementId();
		String key = entry.key();
		if (node.hasLabel(ENGAGEMENT)) {
			scope.meetings.add(id);
			boolean held = "HELD".equals(node.getProperty("status", null));
			boolean improves = switch (key) {
				case "status" -> "HELD".equals(after);
				case "date" -> held && before instanceof LocalDate was && after instanceof LocalDate is && is.isBefore(was);
				case "setting" -> "IN_COUNTRY".equals(after);
				case "classification" -> after == null || "UNCLASSIFIED".equals(after);
				default -> false;
			};
			boolean worsens = switch (key) {
				case "status" -> "HELD".equals(before);
				case "date" -> held && !improves;
				case "setting" -> "IN_COUNTRY".equals(before);
				case "classification" -> !improves;
				default -> false;
			};
			if (worsens) {
				scope.worsenedMeetings.add(id);
			}
			else if (improves) {
				scope.improvedMeetings.add(id);
			}
			if (key.equals("code") && before instanceof String code) {
				scope.deletedMeetings.add(code);
			}
		}
		else if (node.hasLabel(RESULT) || node.hasLabel(PROJECT)) {
			if (key.equals("achievedOn") || key.equals("start") || key.equals("classification") || key.equals("code")
					|| key.equals("type")) {
				scope.recompute.add(id);
			}
			if (key.equals("code") && before instanceof String code) {
				scope.deletedRaisables.add(new LedgerScope.Key(node.hasLabel(RESULT) ? "Result" : "Project", code));
			}
		}
		else if (key.equals("code") && (node.hasLabel(MISSION) || node.hasLabel(AUTHORITY) || node.hasLabel(ORGANIZATION)
				|| node.hasLabel(UNIT) || node.hasLabel(DEPARTMENT))) {
			scope.worsenedThrough.add(id); // counterpart codes and department names are in the rows
		}
		else if (node.hasLabel(KEY_MESSAGE) && (key.equals("approvedOn") || key.equals("classification"))) {
			for (var about : node.getRelationships(org.neo4j.graphdb.Direction.OUTGOING,
					ABOUT)) {
				messaged(scope, about.getEndNode());
			}
		}
		else if (key.equals("status") && node.hasLabel(ACTION)) {
			actionChanged(scope, node);
		}
		else if (key.equals("iso2") && node.hasLabel(COUNTRY)) {
			for (var in : node.getRelationships(org.neo4j.graphdb.Direction.INCOMING,
					IN)) {
				scope.moved.add(in.getStartNode().getElementId());
			}
		}
	}

	/** A follow-up action opened or closed: the meetings it comes from count their open actions again. */
	private static void actionChanged(LedgerScope scope, Node action) {
		for (var from : action.getRelationships(org.neo4j.graphdb.Direction.OUTGOING,
				FROM)) {
			if (from.getEndNode().hasLabel(ENGAGEMENT)) {
				scope.meetings.add(from.getEndNode().getElementId());
			}
		}
	}

	/** What a key message is about changed: the result's ranking, or that of every result of the project. */
	private static void messaged(LedgerScope scope, Node about) {
		if (about.hasLabel(RESULT)) {
			scope.recompute.add(about.getElementId());
		}
		else if (about.hasLabel(PROJECT)) {
			scope.messagedProjects.add(about.getElementId());
		}
	}

	/** A deleted raisable or meeting: its rows go, found by the key it had. */
	private static void nodeDeleted(LedgerScope scope, TransactionData data, PropertyEntry<Node> entry) {
		if (!entry.key().equals("code") || !(entry.previouslyCommittedValue() instanceof String code)) {
			return;
		}
		for (LabelEntry label : data.removedLabels()) {
			if (label.node().getElementId().equals(entry.entity().getElementId())) {
				switch (label.label().name()) {
					case "Result", "Project" -> scope.deletedRaisables.add(new LedgerScope.Key(label.label().name(), code));
					case "Engagement" -> scope.deletedMeetings.add(code);
					default -> {
					}
				}
			}
		}
	}

	private static void relabelled(LedgerScope scope, Node node, Label label, boolean assigned) {
		switch (label.name()) {
			case "Result", "Project" -> {
				if (assigned) {
					scope.recompute.add(node.getElementId());
				}
				else if (node.getProperty("code", null) instanceof String code) {
					scope.deletedRaisables.add(new LedgerScope.Key(label.name(), code));
				}
			}
			case "Action" -> actionChanged(scope, node);
			case "Engagement" -> {
				scope.worsenedMeetings.add(node.getElementId());
				scope.meetings.add(node.getElementId());
				if (!assigned && node.getProperty("code", null) instanceof String code) {
					scope.deletedMeetings.add(code);
				}
			}
			default -> {
			}
		}
	}

	private static Node alive(Node node, Set<String> deleted) {
		try {
			return deleted.contains(node.getElementId()) ? null : node;
		}
		catch (NotFoundException gone) {
			return null;
		}
	}
}
