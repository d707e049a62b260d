package ca.engagementgraph.radar;

import java.util.List;
import java.util.stream.Collectors;

import ca.engagementgraph.api.read.ListQuery;
import ca.engagementgraph.model.DerivedConcepts;

/**
 * The opportunity radar's questions, answered from the leverage ledger (MODEL.md, "The leverage ledger" and
 * "Opportunity radar"): the planned meetings of a period are meeting rows ({@code status: 'PLANNED'}, by date), and
 * the results to raise at one of them are the country's result rows never raised on the meeting's channel, walked in
 * the order of their priority date (achievedOn moved earlier by 30 days per point the result scores at any meeting),
 * which is the order of their score at that meeting: each meeting's suggestions are one ordered seek that stops at
 * the page, never a sort of every waiting result.
 *
 * <p>A radar entry is one meeting, one country and one channel: OTTAWA (with the country's mission in Canada),
 * IN_COUNTRY (with its authority, or held in the country and about it), FORUM (with an organization, about the
 * country). A reader without Protected B clearance sees only Unclassified meetings and results, counted from the
 * ledger's {@code U} facts and counters (raisings at Unclassified meetings) and the {@code priorityU} dates (only
 * Unclassified key messages count).
 */
final class RadarQuestions {

	private RadarQuestions() {
	}

	static final String NEVER = "date('9999-12-31')";

	/** The channels meeting row {@code meeting} is on for its country, in alphabetical order (the ledger's one rule). */
	static final String CHANNELS = DerivedConcepts.ledgerMeetingChannels("meeting");

	/**
	 * The planned meeting rows of the period the reader may see, of one country ({@code $country}) or all. Served by the
	 * index on (country, status, date, meeting) for one country, on (status, date, meeting, country) for all: both in
	 * date order, so a page stops when it is full.
	 */
	static String plannedInPeriod(boolean oneCountry) {
		return """
				MATCH (meeting:__MeetingLedger {%sstatus: 'PLANNED'})
				WHERE meeting.date >= $from AND meeting.date <= $to AND meeting.meeting IS NOT NULL AND meeting.country IS NOT NULL
				  AND ($cleared OR meeting.unclassified)""".formatted(oneCountry ? "country: $country, " : "");
	}

	/** Result points for its type, from the one rule ({@link DerivedConcepts#radarTypePoints}). */
	static final String TYPE_POINTS = "CASE result.type "
			+ List.of("IMPACT", "OUTCOME", "OUTPUT").stream()
				.map(type -> "WHEN '" + type + "' THEN " + DerivedConcepts.radarTypePoints(type))
				.collect(Collectors.joining(" "))
			+ " ELSE 0 END";

	/**
	 * One channel's ordered walk for meeting {@code meeting} (a row) and channel {@code channel}, cleared or not: the
	 * country's results never raised on it, achieved by the meeting's date, in priority order, the first
	 * {@code $take}. OTTAWA and IN_COUNTRY seek "never" on their fact's index; FORUM walks the country's rows in priority
	 * order and skips those ever raised with the forum (the counterparts are a list on the row, no index holds them).
	 * Each branch seeks with the country only when it is the entry's own ({@link #gate}).
	 */
	private static String walk(String channel, boolean cleared) {
		String u = cleared ? "" : "U";
		String priority = "priority" + u;
		String visible = visibleTo(cleared, "waiting");
		String gate = gate(channel, cleared);
		String seek;
		if (channel.equals("FORUM")) {
			seek = """
					MATCH (waiting:__RaisableLedger {country: %4$s, kind: 'Result'})
					  USING INDEX waiting:__RaisableLedger(country, kind, %1$s, achievedOn, key)
					  WHERE waiting.%1$s IS NOT NULL AND waiting.achievedOn IS NOT NULL AND waiting.key IS NOT NULL
					    AND waiting.achievedOn <= meeting.date AND NOT forum IN waiting.raisedWith%2$s%3$s
					WITH waiting ORDER BY waiting.country, waiting.kind, waiting.%1$s, waiting.achievedOn, waiting.key LIMIT $take"""
				.formatted(priority, u, visible, gate);
		}
		else {
			String fact = fact(channel, cleared);
			seek = """
					MATCH (waiting:__RaisableLedger {country: %5$s, kind: 'Result'})
					  USING INDEX waiting:__RaisableLedger(country, kind, %1$s, %2$s, achievedOn, key)
					  WHERE waiting.%1$s = %3$s AND waiting.%2$s IS NOT NULL AND waiting.achievedOn IS NOT NULL AND waiting.key IS NOT NULL
					    AND waiting.achievedOn <= meeting.date%4$s
					WITH waiting ORDER BY waiting.country, waiting.kind, waiting.%1$s, waiting.%2$s, waiting.achievedOn, waiting.key LIMIT $take"""
				.formatted(fact, priority, NEVER, visible, gate);
		}
		return """
				WITH meeting, channel, forum
				%s
				RETURN waiting""".formatted(seek);
	}

	/** The ordered walks of every channel for the reader's clearance, one UNION branch each (only the entry's own runs). */
	static String walks(boolean cleared) {
		return everyBranch(RadarQuestions::walk, cleared);
	}

	/**
	 * One {@code UNION ALL} branch per channel, for the reader's clearance (the statement is written for it: a branch
	 * costs the planner's operators on every entry even when its seek finds nothing), each gated ({@link #gate}) so that
	 * only the entry's own seeks.
	 */
	private static String everyBranch(java.util.function.BiFunction<String, Boolean, String> branch, boolean cleared) {
		return List.of("OTTAWA", "IN_COUNTRY", "FORUM").stream()
			.map(channel -> branch.apply(channel, cleared))
			.collect(Collectors.joining("\nUNION ALL\n"));
	}

	/**
	 * The country to seek a branch's ledger rows with: the entry's own when the branch is its channel and clearance,
	 * else null, which finds nothing. A condition in a {@code WHERE} would be applied after the seek, and every other
	 * branch would walk the country's whole range for nothing.
	 */
	private static String gate(String channel, boolean cleared) {
		return "CASE WHEN channel = '%s' AND %s$cleared THEN meeting.country END".formatted(channel, cleared ? "" : "NOT ");
	}

	/** The ledger fact of "first raised on" OTTAWA or IN_COUNTRY, the reader's ({@code U}: at Unclassified meetings). */
	private static String fact(String channel, boolean cleared) {
		return (channel.equals("OTTAWA") ? "ottawa" : "inCountry") + (cleared ? "" : "U");
	}

	/** For a reader without clearance, row {@code row} must be Unclassified (a condition to append). */
	private static String visibleTo(boolean cleared, String row) {
		return cleared ? "" : " AND %s.classification = 'UNCLASSIFIED'".formatted(row);
	}

	/**
	 * How many results wait at the entry: the country's results less those raised on the channel (its counters: for
	 * FORUM, those raised with the forum), less those never raised achieved after the meeting's date, counted in its
	 * group's {@code late} dates ({@link #groups}).
	 */
	static final String WAITING_COUNT = """
			OPTIONAL MATCH (counter:__CountryLedger {country: meeting.country})
			RETURN coalesce(counter['results' + u], 0)
			       - coalesce(CASE WHEN fact IS NULL THEN counter['with' + u + '_' + forum] ELSE counter[fact + u] END, 0)
			       - size([day IN late WHERE day > meeting.date]) AS waitingCount""";

	/**
	 * The achievement dates of the rows never raised on the channel achieved after {@code meeting.date} (a group's
	 * earliest meeting), for one branch: for OTTAWA and IN_COUNTRY a range of the channel's own "never" index (gated like
	 * the walks, so only the group's own branch seeks), for FORUM a short range of the country's rows by date.
	 */
	private static String late(String channel, boolean cleared) {
		String visible = visibleTo(cleared, "late");
		String gate = gate(channel, cleared);
		if (channel.equals("FORUM")) {
			return """
					MATCH (late:__RaisableLedger {country: %s, kind: 'Result'})
					  USING INDEX late:__RaisableLedger(country, kind, achievedOn, key)
					WHERE late.achievedOn > meeting.date AND late.key IS NOT NULL AND NOT forum IN late.raisedWith%s%s
					RETURN late.achievedOn AS day""".formatted(gate, cleared ? "" : "U", visible);
		}
		String fact = fact(channel, cleared);
		return """
				MATCH (late:__RaisableLedger {country: %1$s, kind: 'Result'})
				  USING INDEX late:__RaisableLedger(country, kind, %2$s, achievedOn, key)
				WHERE late.%2$s = %3$s AND late.achievedOn > meeting.date AND late.key IS NOT NULL%4$s
				RETURN late.achievedOn AS day""".formatted(gate, fact, NEVER, visible);
	}

	/**
	 * What the entries of a page that share a country, a channel and a forum share, read once for all of them (a page
	 * of one country's radar is a few such groups; with each entry reading them again, the busiest country's page at
	 * scale L read 15,115 database hits, 9,756 now, the agenda below included): the planned meetings of the period on
	 * that channel (for FORUM, with that forum), as the ledger's radar days of the period with their count
	 * ({@code chances}, by date), and the achievement dates of the rows never raised on the channel achieved after the
	 * group's earliest meeting ({@code late}), from which each entry counts those after its own date. The entries pass
	 * through a list first: carried as they are through every subquery after, the meeting row trips the planner's
	 * cached-property rewriting (Neo4j 2026.x, "should not appear non-cached").
	 */
	static String groups(boolean cleared) {
		return """
				WITH collect({meeting: meeting, channel: channel, key: key, fact: fact, u: u, forum: forum}) AS entries
				CALL (entries) {
				  UNWIND entries AS entry
				  WITH entry.meeting.country AS country, entry.channel AS channel, entry.forum AS forum,
				       min(entry.meeting.date) AS earliest
				  WITH {country: country, date: earliest} AS meeting, channel, forum
				  CALL (meeting, channel, forum) {
				    MATCH (day:__RadarDay {country: meeting.country})
				    WHERE day.date >= $from AND day.date <= $to
				    WITH day ORDER BY day.date
				    RETURN collect([day.date, coalesce(day[CASE WHEN channel = 'FORUM' THEN %1$s ELSE %2$s END], 0)]) AS chances
				  }
				  RETURN collect({country: meeting.country, channel: channel, forum: coalesce(forum, ''), chances: chances,
				                  late: COLLECT {
				                    %3$s
				                  }}) AS groups
				}
				UNWIND entries AS entry
				WITH entry.meeting AS meeting, entry.channel AS channel, entry.key AS key, entry.fact AS fact, entry.u AS u,
				     entry.forum AS forum,
				     [group IN groups WHERE group.country = entry.meeting.country AND group.channel = entry.channel
				                        AND group.forum = coalesce(entry.forum, '')][0] AS group
				WITH meeting, channel, key, fact, u, forum, group.chances AS chances, group.late AS late""".formatted(
				DerivedConcepts.radarDayForumKey("$cleared", "forum"), DerivedConcepts.radarDayKey("$cleared", "channel", "null"),
				everyBranch(RadarQuestions::late, cleared).indent(20).strip());
	}

	/**
	 * Whether the entry is the last chance on its channel: none of its group's chances on a later day, none later by
	 * code on its own day (a short range of the country's planned meeting rows of that day).
	 */
	static final String LAST_CHANCE = """
			WITH *, reduce(later = 0, chance IN chances | later + CASE WHEN chance[0] > meeting.date THEN chance[1] ELSE 0 END) = 0
			        AND NOT EXISTS {
			          MATCH (other:__MeetingLedger {country: meeting.country, status: 'PLANNED', date: meeting.date})
			          WHERE other.meeting > meeting.meeting AND ($cleared OR other.unclassified)
			            AND CASE channel WHEN 'FORUM' THEN other.concerns AND forum IN coalesce(other.forums, [])
			                             ELSE channel IN %s END
			        } AS lastChance""".formatted(DerivedConcepts.ledgerMeetingChannels("other").indent(28).strip());

	/**
	 * The entries of the radar: planned meetings of the period (of one country or all), each on each of its channels
	 * for its country, with the department and channel filters; for a page ({@code ordered}), in the radar's order
	 * (date, meeting, country, channel) from the cursor on. That order is the meeting index's own, with the channels
	 * unwound in order, so a page reads the index from the cursor and stops when it is full: no sort of the period.
	 */
	static String entries(boolean oneCountry, boolean ordered) {
		String order = oneCountry ? "meeting.country, meeting.status, meeting.date, meeting.meeting"
				: "meeting.status, meeting.date, meeting.meeting, meeting.country";
		return """
				%1$s
				  AND ($department IS NULL OR $department IN coalesce(meeting.departments, []))%3$s
				UNWIND %2$s AS channel
				WITH meeting, channel, meeting.meeting + '|' + meeting.country + '|' + channel AS key
				WHERE ($channel IS NULL OR channel = $channel)%4$s""".formatted(plannedInPeriod(oneCountry), CHANNELS,
				ordered ? "\n  AND meeting.date >= coalesce($afterValue, $from)\nWITH meeting ORDER BY " + order : "",
				ordered ? """

						  AND ($afterKey IS NULL OR meeting.date > $afterValue
						       OR (meeting.date = $afterValue AND [meeting.meeting, meeting.country, channel] > split($afterKey, '|')))"""
						: "");
	}

	/**
	 * One page of the radar ({@code node, sortValue, key}): each entry with its meeting, country, counterpart on the
	 * channel, how many results wait and the first {@code $take} of them in rank order (ledger rows), each with its
	 * result, project, latest visible key message, whether it is on the meeting's agenda already and how many other
	 * chances it has, and whether the meeting is the last chance on its channel.
	 */
	static final String PAGE = """
			%1$s
			WITH meeting, channel, key LIMIT $limit
			WITH meeting, channel, key,
			     CASE channel WHEN 'OTTAWA' THEN 'ottawa' WHEN 'IN_COUNTRY' THEN 'inCountry' END AS fact,
			     CASE WHEN $cleared THEN '' ELSE 'U' END AS u,
			     CASE WHEN channel = 'FORUM' THEN coalesce(meeting.forums, [])[0] END AS forum
			%2$s
			""";

	/**
	 * What each entry of a page (or one entry, for a later page of its suggestions) brings. Whether the country is
	 * designated on the meeting's date is read from the country's few links: written as a pattern with the
	 * {@code Designation} label, the planner started from the index on designations' start dates and read every
	 * designation in force for each entry (4,000 of a page's 19,000 database hits at scale L).
	 */
	static final String ENTRY_DETAILS = """
			%5$s
			CALL (meeting, fact, u, forum, late) {
			  %1$s
			}
			CALL (meeting, channel, forum) {
			  CALL (meeting, channel, forum) {
			    %2$s
			  }
			  WITH waiting ORDER BY CASE WHEN $cleared THEN waiting.priority ELSE waiting.priorityU END, waiting.achievedOn, waiting.key
			  RETURN collect(waiting) AS rows
			}
			MATCH (engagement:Engagement {code: meeting.meeting})
			MATCH (country:Country {iso2: meeting.country})
			CALL (engagement, channel, forum, country) {
			  OPTIONAL MATCH (engagement)-[:WITH]->(counterpart)
			  WHERE (channel = 'OTTAWA' AND counterpart:Mission AND EXISTS { (counterpart)-[:REPRESENTS]->(country) }
			         AND EXISTS { (counterpart)-[:LOCATED_IN]->(:Country {iso2: 'CA'}) })
			     OR (channel = 'IN_COUNTRY' AND counterpart:Authority AND EXISTS { (counterpart)-[:OF]->(country) })
			     OR (channel = 'FORUM' AND counterpart:Organization AND counterpart.code = forum)
			  WITH counterpart ORDER BY counterpart.code LIMIT 1
			  OPTIONAL MATCH (engagement)-[:WITH]->(anyone) WHERE counterpart IS NULL
			  WITH counterpart, anyone ORDER BY anyone.code LIMIT 1
			  RETURN coalesce(counterpart, anyone) AS counterpart
			}
			WITH *, $cleared AND any(g IN [(country)<-[:OF]-(g) WHERE g:Designation | g] WHERE %3$s) AS designated
			CALL (engagement, rows, chances) {
			  WITH rows, chances, [(engagement)-[:ON_AGENDA]->(onAgenda:Result) | onAgenda.code] AS agenda
			  UNWIND range(0, size(rows) - 1) AS i
			  WITH rows[i] AS row, i, agenda
			  MATCH (result:Result {code: row.key})
			  OPTIONAL MATCH (project:Project {code: row.project})
			  CALL (result, project, row) {
			    WITH result, project WHERE CASE WHEN $cleared THEN row.keyMessage ELSE row.keyMessageU END
			    UNWIND [(result)<-[:ABOUT]-(m:KeyMessage) WHERE visible(m:KeyMessage) AND m.approvedOn IS NOT NULL | m]
			         + [(project)<-[:ABOUT]-(m:KeyMessage) WHERE visible(m:KeyMessage) AND m.approvedOn IS NOT NULL | m] AS message
			    WITH message ORDER BY message.approvedOn DESC, message.code LIMIT 1
			    RETURN collect(message) AS messages
			  }
			  WITH i, row, result, project, messages, agenda ORDER BY i
			  RETURN collect({result: result, project: project, achievedOn: row.achievedOn,
			                  typePoints: %4$s, keyMessage: messages[0],
			                  keyMessageReady: CASE WHEN $cleared THEN row.keyMessage ELSE row.keyMessageU END,
			                  accepted: row.key IN agenda,
			                  otherChances: reduce(n = 0, chance IN chances
			                                       | n + CASE WHEN chance[0] >= row.achievedOn THEN chance[1] ELSE 0 END) - 1}) AS suggestions
			}
			RETURN meeting.date AS sortValue, key,
			       {key: key, engagement: engagement, country: country, channel: channel, counterpart: counterpart,
			        waitingCount: waitingCount, lastChance: lastChance,
			        designated: designated, suggestions: suggestions} AS node
			ORDER BY sortValue, meeting.meeting, meeting.country, channel""";

	static String details(boolean cleared) {
		return ENTRY_DETAILS.formatted(WAITING_COUNT.indent(2).strip(), walks(cleared).indent(4).strip(),
				DerivedConcepts.designationInForceOn("g", "meeting.date"), TYPE_POINTS,
				groups(cleared) + "\n" + LAST_CHANCE);
	}

	/**
	 * How many entries the radar holds in all pages: the ledger's radar days of the period (of the country, or of all
	 * countries), their counts on the channels asked for, of the department asked for, as the reader may see them. At
	 * most a period's days, whatever the number of planned meetings.
	 */
	static String countRadar(boolean oneCountry) {
		return """
				MATCH (day:__RadarDay {country: %s})
				WHERE day.date >= $from AND day.date <= $to
				UNWIND CASE WHEN $channel IS NULL THEN ['FORUM', 'IN_COUNTRY', 'OTTAWA'] ELSE [$channel] END AS channel
				RETURN sum(coalesce(day[%s], 0)) AS total""".formatted(oneCountry ? "$country" : "'" + DerivedConcepts.RADAR_ALL_COUNTRIES + "'",
				DerivedConcepts.radarDayKey("$cleared", "channel", "$department"));
	}

	/**
	 * The same count from the planned meeting rows themselves, one by one: what the radar's days must always agree with
	 * (the ledger's tests hold them to it).
	 */
	static String countRadarFromMeetings(boolean oneCountry) {
		return """
				%s
				RETURN count(*) AS total""".formatted(entries(oneCountry, false));
	}

	/**
	 * The radar as a list of pages (one order: by date, then meeting, country and channel), of one country
	 * ({@code $country}) or all.
	 */
	static ListQuery.Pages radar(boolean oneCountry, boolean cleared) {
		return RADAR.get(List.of(oneCountry, cleared));
	}

	/** The radar's statements, written once for each scope (one country or all) and clearance. */
	private static final java.util.Map<List<Boolean>, ListQuery.Pages> RADAR = java.util.Map.of(
			List.of(true, true), pages(true, true), List.of(true, false), pages(true, false),
			List.of(false, true), pages(false, true), List.of(false, false), pages(false, false));

	private static ListQuery.Pages pages(boolean oneCountry, boolean cleared) {
		return ListQuery.Pages.of(PAGE.formatted(entries(oneCountry, true), details(cleared)), countRadar(oneCountry));
	}

	/**
	 * One entry again, by its key, for a later page of its suggestions: {@code $take} from the start, the caller keeps
	 * the rows after the cursor (a suggestion's cursor is its rank).
	 */
	static String oneEntry(boolean cleared) {
		return cleared ? ONE_ENTRY_CLEARED : ONE_ENTRY_UNCLASSIFIED;
	}

	private static final String ONE_ENTRY_CLEARED = oneEntryFor(true);

	private static final String ONE_ENTRY_UNCLASSIFIED = oneEntryFor(false);

	private static String oneEntryFor(boolean cleared) {
		return """
			MATCH (meeting:__MeetingLedger {id: $meeting + '@' + $entryCountry})
			WITH meeting, $entryChannel AS channel, $entryKey AS key
			WITH meeting, channel, key,
			     CASE channel WHEN 'OTTAWA' THEN 'ottawa' WHEN 'IN_COUNTRY' THEN 'inCountry' END AS fact,
			     CASE WHEN $cleared THEN '' ELSE 'U' END AS u,
			     CASE WHEN channel = 'FORUM' THEN coalesce(meeting.forums, [])[0] END AS forum
			%s
			""".formatted(details(cleared));
	}

	/**
	 * Results with no planned chance: never raised on the channel ({@code U} facts for a reader without clearance;
	 * FORUM: never raised with any organization), of countries with no planned meeting on that channel in the period,
	 * oldest first; a walk of the rows by date (of one country or all) that stops at the page.
	 */
	static String unplanned(boolean oneCountry) {
		String scope = oneCountry ? "country, kind, achievedOn, key" : "kind, achievedOn, key";
		String order = oneCountry ? "row.country, row.kind, row.achievedOn, row.key" : "row.kind, row.achievedOn, row.key";
		return """
				%1$s
				MATCH (row:__RaisableLedger {%3$skind: 'Result'})
				  USING INDEX row:__RaisableLedger(%2$s)
				WHERE row.achievedOn IS NOT NULL AND row.key IS NOT NULL
				  AND NOT row.country IN planned AND %4$s
				  AND ($afterKey IS NULL OR row.achievedOn > $afterValue
				       OR (row.achievedOn = $afterValue AND row.key + '@' + row.country > $afterKey))
				WITH row ORDER BY %5$s LIMIT $limit
				MATCH (result:Result {code: row.key})
				MATCH (country:Country {iso2: row.country})
				OPTIONAL MATCH (project:Project {code: row.project})
				RETURN row.achievedOn AS sortValue, row.key + '@' + row.country AS key,
				       {result: result, project: project, country: country, channel: $channel,
				        daysWaited: duration.inDays(row.achievedOn, $from).days} AS node
				ORDER BY sortValue, key
				""".formatted(plannedCountries(oneCountry), scope,
				// A country with a planned meeting on the channel has no result here: its seek finds nothing at once
				// (a filter would walk all its rows to keep none).
				oneCountry ? "country: CASE WHEN NOT $country IN planned THEN $country END, " : "", NEVER_ON_CHANNEL, order);
	}

	/**
	 * The countries with a planned meeting the reader may see on {@code $channel} in the period: for one country, a
	 * range of its own meetings; for all, the period's.
	 */
	static String plannedCountries(boolean oneCountry) {
		return """
				CALL () {
				  %s
				  WITH meeting WHERE $channel IN %s%s
				  RETURN collect(DISTINCT meeting.country) AS planned
				}""".formatted(plannedInPeriod(oneCountry).indent(2).strip(), CHANNELS.indent(2).strip(),
				oneCountry ? "\n  WITH meeting LIMIT 1" : ""); // one country: its first such meeting settles it
	}

	/** Row {@code row} never raised on {@code $channel} (the reader's facts), and visible to the reader. */
	static final String NEVER_ON_CHANNEL = """
			($cleared OR row.classification = 'UNCLASSIFIED')
			  AND CASE $channel
			        WHEN 'OTTAWA' THEN CASE WHEN $cleared THEN row.ottawa ELSE row.ottawaU END = %1$s
			        WHEN 'IN_COUNTRY' THEN CASE WHEN $cleared THEN row.inCountry ELSE row.inCountryU END = %1$s
			        ELSE none(code IN CASE WHEN $cleared THEN row.raisedWith ELSE row.raisedWithU END
			                  WHERE EXISTS { (:Organization {code: code}) }) END""".formatted(NEVER);

	/**
	 * How many results {@link #unplanned} holds: from the countries' counters on OTTAWA and IN_COUNTRY (results less
	 * those raised so), by a walk for FORUM. The walk's seek is gated like the radar's (on the channel, and for one
	 * country on its having no planned meeting): a condition in its {@code WHERE} would be applied after the seek.
	 */
	static String countUnplanned(boolean oneCountry) {
		return """
				%1$s
				CALL (planned) {
				  MATCH (counter:__CountryLedger)
				  WHERE $channel <> 'FORUM' AND counter.country IS NOT NULL AND ($country IS NULL OR counter.country = $country)
				    AND NOT counter.country IN planned
				  WITH CASE WHEN $cleared THEN '' ELSE 'U' END AS u, counter,
				       CASE $channel WHEN 'OTTAWA' THEN 'ottawa' ELSE 'inCountry' END AS fact
				  RETURN sum(coalesce(counter['results' + u], 0) - coalesce(counter[fact + u], 0)) AS total
				  UNION ALL
				  MATCH (row:__RaisableLedger {%3$skind: CASE WHEN $channel = 'FORUM' THEN 'Result' END})
				  WHERE row.key IS NOT NULL AND NOT row.country IN planned AND %2$s
				  RETURN count(row) AS total
				}
				RETURN sum(total) AS total""".formatted(plannedCountries(oneCountry), NEVER_ON_CHANNEL,
				oneCountry ? "country: CASE WHEN NOT $country IN planned THEN $country END, " : "");
	}

	/** Results with no planned chance as a list of pages (one order: oldest first). */
	static ListQuery.Pages unplannedPages(boolean oneCountry) {
		return ListQuery.Pages.of(unplanned(oneCountry), countUnplanned(oneCountry));
	}
}
