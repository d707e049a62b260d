package ca.engagementgraph.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import ca.engagementgraph.loading.DataProblem;
import ca.engagementgraph.loading.GraphData;
import ca.engagementgraph.loading.Loading;

/**
 * The rules about a meeting (the cross-record rules of {@code loading}, its {@code DomainRules.EVERY_MEETING}) checked over a graph held in memory as numbered nodes
 * and relationships: an offline load's, as it streams to Neo4j's importer. The same rules in Cypher over every meeting
 * of a graph at scale L were a core busy for 50 s of the load's end (graph-schema/PERFORMANCE.md 4.37); here they are
 * a pass over arrays the load keeps anyway. {@code MeetingRulesInMemoryTest} holds both to the same answers.
 *
 * <p>Told every node ({@link #node}) and then every relationship as written ({@link #relationship}); asked for the
 * problems once ({@link #problems}). Meetings are listed in node order, which is the order a
 * label scan of the loaded store finds them in, each meeting's problems in the Cypher's order.
 */
final class MeetingRulesInMemory {

	private static final byte OTHER = 0;
	private static final byte MEETING = 1;
	private static final byte RESULT = 2;
	private static final byte MISSION = 3;
	private static final byte AUTHORITY = 4;
	private static final byte COUNTRY = 5;

	private static final byte[] COUNTERPARTS = { MISSION, AUTHORITY };

	private static final int[] NO_COUNTRIES = {};

	/** A day no node has: the property is missing. */
	private static final int NO_DAY = Integer.MIN_VALUE;

	private byte[] kind = new byte[1 << 16];
	/** A meeting's date or a result's achievement, as epoch days. */
	private int[] day = new int[1 << 16];
	private byte[] leads = new byte[1 << 16];
	private int nodes;

	/** The countries a mission represents or an authority is of, by node number. */
	private final Map<Integer, int[]> countriesOf = new HashMap<>();

	/** (meeting, country) of each CONCERNS, packed; sorted when asked. */
	private long[] concerns = new long[1 << 12];
	private int concernsSize;

	/** (meeting, mission or authority) of each WITH, packed. */
	private long[] with = new long[1 << 12];
	private int withSize;

	/** (meeting, result) of each RAISED whose result was achieved after the meeting, packed. */
	private long[] raisedEarly = new long[16];
	private int raisedEarlySize;

	/** A node of the load, by its number. */
	void node(int number, GraphData.NodeRow node) {
		grow(number);
		nodes = Math.max(nodes, number + 1);
		day[number] = NO_DAY;
		switch (node.label()) {
			case "Engagement" -> {
				kind[number] = MEETING;
				day[number] = epochDay(node.properties().get("date"));
			}
			case "Result" -> {
				kind[number] = RESULT;
				day[number] = epochDay(node.properties().get("achievedOn"));
			}
			case "Mission" -> kind[number] = MISSION;
			case "Authority" -> kind[number] = AUTHORITY;
			case "Country" -> kind[number] = COUNTRY;
			default -> kind[number] = OTHER;
		}
	}

	/**
	 * A relationship as the load writes it (of one listed twice, the last listing), between nodes told before.
	 */
	void relationship(int from, String type, int to, Map<String, Object> properties) {
		switch (type) {
			case "CONCERNS" -> {
				if (kind[from] == MEETING && kind[to] == COUNTRY) {
					concerns = add(concerns, concernsSize++, pack(from, to));
				}
			}
			case "WITH" -> {
				if (kind[from] == MEETING && (kind[to] == MISSION || kind[to] == AUTHORITY)) {
					with = add(with, withSize++, pack(from, to));
				}
			}
			case "REPRESENTS", "OF" -> {
				boolean represents = type.equals("REPRESENTS") ? kind[from] == MISSION : kind[from] == AUTHORITY;
				if (represents && kind[to] == COUNTRY) {
					countriesOf.merge(from, new int[] { to }, (a, b) -> {
						int[] both = Arrays.copyOf(a, a.length + 1);
						both[a.length] = b[0];
						return both;
					});
				}
			}
			case "RAISED" -> {
				if (kind[from] == MEETING && kind[to] == RESULT && day[from] != NO_DAY && day[to] != NO_DAY
						&& day[to] > day[from]) {
					raisedEarly = add(raisedEarly, raisedEarlySize++, pack(from, to));
				}
			}
			case "ATTENDED_BY" -> {
				if (kind[from] == MEETING && Boolean.TRUE.equals(properties.get("lead")) && leads[from] < Byte.MAX_VALUE) {
					leads[from]++;
				}
			}
			default -> {
			}
		}
	}

	/**
	 * The first {@code limit} problems, located as {@link Loading#violationsEverywhere} locates them. All but the
	 * rule on a meeting held after today: the load does not know the service's today, and an index finds those
	 * meetings once the database is open ({@link Loading#violationsEverywhereButMeetings}).
	 *
	 * @param keyOf a node's business key by its number (asked only of the nodes a problem names)
	 */
	List<DataProblem> problems(int limit, IntFunction<String> keyOf) {
		Arrays.sort(concerns, 0, concernsSize);
		Arrays.sort(with, 0, withSize);
		Arrays.sort(raisedEarly, 0, raisedEarlySize);
		var problems = new ArrayList<DataProblem>();
		int w = 0;
		int r = 0;
		for (int meeting = 0; meeting < nodes && problems.size() < limit; meeting++) {
			if (kind[meeting] != MEETING) {
				continue;
			}
			int withFrom = w;
			while (w < withSize && meetingOf(with[w]) == meeting) {
				w++;
			}
			int raisedFrom = r;
			while (r < raisedEarlySize && meetingOf(raisedEarly[r]) == meeting) {
				r++;
			}
			// The missions' problems first, then the authorities', as the Cypher lists them.
			for (byte counterpart : COUNTERPARTS) {
				for (int i = withFrom; i < w; i++) {
					int other = otherOf(with[i]);
					if (kind[other] != counterpart) {
						continue;
					}
					int[] countries = countriesOf.getOrDefault(other, NO_COUNTRIES);
					if (!concernsAnyOf(meeting, countries)) {
						problems.add(problem(keyOf, meeting, "WITH",
								counterpart == MISSION ? "rule.missionNotOfCountry" : "rule.authorityNotOfCountry",
								List.of(keyOf.apply(other), keys(keyOf, countries), keys(keyOf, concerned(meeting)))));
					}
				}
			}
			for (int i = raisedFrom; i < r; i++) {
				int result = otherOf(raisedEarly[i]);
				problems.add(problem(keyOf, meeting, "RAISED", "rule.raisedBeforeAchieved", List.of(keyOf.apply(result),
						LocalDate.ofEpochDay(day[result]).toString(), LocalDate.ofEpochDay(day[meeting]).toString())));
			}
			if (leads[meeting] != 1) {
				problems.add(problem(keyOf, meeting, "ATTENDED_BY", "rule.oneLead", List.of((long) leads[meeting])));
			}
		}
		return problems.size() > limit ? List.copyOf(problems.subList(0, limit)) : problems;
	}

	private boolean concernsAnyOf(int meeting, int[] countries) {
		for (int country : countries) {
			if (Arrays.binarySearch(concerns, 0, concernsSize, pack(meeting, country)) >= 0) {
				return true;
			}
		}
		return false;
	}

	private int[] concerned(int meeting) {
		int at = Arrays.binarySearch(concerns, 0, concernsSize, pack(meeting, 0));
		int from = at >= 0 ? at : -at - 1;
		int to = from;
		while (to < concernsSize && meetingOf(concerns[to]) == meeting) {
			to++;
		}
		int[] countries = new int[to - from];
		for (int i = from; i < to; i++) {
			countries[i - from] = otherOf(concerns[i]);
		}
		return countries;
	}

	/** Keys joined as {@code DomainRules} shows a list in a problem's arguments. */
	private static String keys(IntFunction<String> keyOf, int[] numbers) {
		var keys = new ArrayList<String>(numbers.length);
		for (int number : numbers) {
			keys.add(keyOf.apply(number));
		}
		return String.join(", ", keys);
	}

	private static DataProblem problem(IntFunction<String> keyOf, int meeting, String field, String code,
			List<Object> args) {
		return new DataProblem("Engagement " + keyOf.apply(meeting), 0, "record", field, code, args);
	}

	private static int epochDay(Object value) {
		return switch (value) {
			case LocalDate date -> (int) date.toEpochDay();
			case String text -> (int) LocalDate.parse(text).toEpochDay();
			case null, default -> NO_DAY;
		};
	}

	private static long pack(int meeting, int other) {
		return ((long) meeting << 32) | (other & 0xffffffffL);
	}

	private static int meetingOf(long pair) {
		return (int) (pair >>> 32);
	}

	private static int otherOf(long pair) {
		return (int) pair;
	}

	private static long[] add(long[] array, int at, long value) {
		long[] grown = at < array.length ? array : Arrays.copyOf(array, array.length * 2);
		grown[at] = value;
		return grown;
	}

	private void grow(int number) {
		if (number < kind.length) {
			return;
		}
		int size = Math.max(kind.length * 2, number + 1);
		kind = Arrays.copyOf(kind, size);
		day = Arrays.copyOf(day, size);
		leads = Arrays.copyOf(leads, size);
	}
}
