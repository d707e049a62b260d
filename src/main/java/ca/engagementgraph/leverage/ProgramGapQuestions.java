package ca.engagementgraph.leverage;

import ca.engagementgraph.api.read.ListQuery;
import ca.engagementgraph.model.DerivedConcepts;

/**
 * The program-wide leveraging gap on the OTTAWA channel, across every recipient country, from the leverage ledger
 * (MODEL.md, "The leverage ledger"; the facts and their names as in {@link LedgerQuestions}).
 *
 * <p>No index orders the rows of all countries together: the ledger's indexes start with the country. So each list is
 * a k-way merge: for each country (its counter node, a few hundred at most), an ordered seek on the country's index
 * that stops at the page ({@code USING INDEX} and an {@code ORDER BY} naming the index's properties, PERFORMANCE.md
 * section 4), then the countries' pages merged and cut to the page. A page costs (countries x page), never the
 * country's rows. The totals come from the countries' counters. A row's key is the code and the country joined by a
 * space (lower than every character of a code, so the joined key sorts as the pair does): a result (or a
 * multilateral meeting) of two countries is a row in each, as the counters count it.
 */
final class ProgramGapQuestions {

	private ProgramGapQuestions() {
	}

	/**
	 * The countries asked for: one ({@code $country}), a region's, those with a designation of status
	 * {@code $designation} in force today (Protected B: the controller takes it from cleared readers only), or all
	 * that received projects.
	 */
	private static final String COUNTRIES = """
			MATCH (counter:__CountryLedger)
			WHERE counter.country IS NOT NULL AND ($country IS NULL OR counter.country = $country)
			  AND ($region IS NULL OR EXISTS { (:Country {iso2: counter.country, region: $region}) })
			  AND ($designation IS NULL OR EXISTS {
			        MATCH (d:Designation {status: $designation})-[:OF]->(:Country {iso2: counter.country})
			        WHERE %s })
			""".formatted(DerivedConcepts.designationInForce("d"));

	/**
	 * Results never raised in Ottawa, oldest first: each country's ordered seek on its OTTAWA fact's index. As of a
	 * date, or counting only meetings a department attended ({@code fact} then names it), a walk of each country's
	 * rows by date instead, keeping those achieved by then and not raised so by then.
	 */
	static String neverRaised(LedgerQuestions.Fact fact, boolean plain) {
		return plain ? neverRaised(fact.unclassifiedOnly()) : notRaisedBy(fact);
	}

	private static String notRaisedBy(LedgerQuestions.Fact fact) {
		return COUNTRIES + """
				CALL (counter) {
				  MATCH (row:__RaisableLedger {country: counter.country, kind: 'Result'})
				  USING INDEX row:__RaisableLedger(country, kind, achievedOn, key)
				  WHERE %s
				    AND ($afterValue IS NULL OR row.achievedOn > $afterValue
				         OR row.achievedOn = $afterValue AND row.key + ' ' + row.country > $afterKey)
				  WITH row ORDER BY row.country, row.kind, row.achievedOn, row.key LIMIT $limit
				  RETURN row
				}
				""".formatted(LedgerQuestions.notRaisedByThen(fact)) + ROWS;
	}

	/** A page's rows from the countries' candidates ({@code row}): merged, cut to the page, with their records. */
	private static final String ROWS = """
			WITH row ORDER BY row.achievedOn, row.key, row.country LIMIT $limit
			MATCH (result:Result {code: row.key})
			MATCH (country:Country {iso2: row.country})
			OPTIONAL MATCH (project:Project {code: row.project})
			RETURN row.achievedOn AS sortValue, row.key + ' ' + row.country AS key,
			       {result: result, project: project, country: country,
			        daysSinceAchieved: duration.inDays(row.achievedOn, coalesce($asOf, $today)).days} AS node
			ORDER BY sortValue, key
			""";

	private static String neverRaised(boolean unclassifiedOnly) {
		String fact = unclassifiedOnly ? "ottawaU" : "ottawa";
		return COUNTRIES + """
				  AND coalesce(counter.%2$s, 0) > coalesce(counter.%1$s, 0)
				CALL (counter) {
				  MATCH (row:__RaisableLedger {country: counter.country, kind: 'Result'})
				  USING INDEX row:__RaisableLedger(country, kind, %1$s, achievedOn, key)
				  WHERE row.%1$s = %3$s AND row.achievedOn IS NOT NULL AND row.key IS NOT NULL
				    AND ($cleared OR row.classification = 'UNCLASSIFIED')
				    AND ($afterValue IS NULL OR row.achievedOn > $afterValue
				         OR row.achievedOn = $afterValue AND row.key + ' ' + row.country > $afterKey)
				  WITH row ORDER BY row.country, row.kind, row.%1$s, row.achievedOn, row.key LIMIT $limit
				  RETURN row
				}
				""".formatted(fact, unclassifiedOnly ? "resultsU" : "results", LedgerQuestions.NEVER) + ROWS;
	}

	/**
	 * How many: today (no date), the countries' results less those raised in Ottawa (with the department present, when
	 * one must have attended), from their counters; as of a date, a count of each country's rows (no counter holds
	 * those).
	 */
	static String countNeverRaised(LedgerQuestions.Fact fact, boolean dated) {
		if (!dated) {
			return COUNTRIES + """
					RETURN sum(coalesce(counter.%1$s, 0) - %2$s) AS total
					""".formatted(fact.results(), fact.countedBy("counter"));
		}
		return COUNTRIES + """
				CALL (counter) {
				  MATCH (row:__RaisableLedger {country: counter.country, kind: 'Result'})
				  WHERE %s
				  RETURN count(row) AS waiting
				}
				RETURN sum(waiting) AS total
				""".formatted(LedgerQuestions.notRaisedByThen(fact));
	}

	/**
	 * The country's results waiting at meeting {@code meeting} on the OTTAWA channel: achieved before it, not raised
	 * there by then, visible to the reader (a range of the country's rows by date).
	 */
	private static String waiting(String fact) {
		return """
				MATCH (waiting:__RaisableLedger {country: meeting.country, kind: 'Result'})
				WHERE waiting.key IS NOT NULL AND waiting.achievedOn < meeting.date AND waiting.%1$s >= meeting.date
				  AND ($cleared OR waiting.classification = 'UNCLASSIFIED')""".formatted(fact);
	}

	/** A missed Ottawa meeting: results were waiting and it raised none of them (LedgerQuestions' question 3). */
	private static String missed(String fact) {
		return """
				EXISTS {
				  %1$s
				}
				AND NOT EXISTS {
				  MATCH (:Engagement {code: meeting.meeting})-[:RAISED]->(raised:Result)
				  MATCH (waiting:__RaisableLedger {id: 'Result:' + raised.code + '@' + meeting.country})
				  WHERE waiting.achievedOn < meeting.date AND waiting.%2$s >= meeting.date
				    AND ($cleared OR waiting.classification = 'UNCLASSIFIED')
				}""".formatted(waiting(fact), fact);
	}

	/**
	 * Which held meeting rows ({@code meeting}) are asked: Ottawa meetings between the dates, for this reader, attended
	 * by department {@code $attendedBy} (itself or through a unit) when one is given, after the page's cursor.
	 */
	private static final String ASKED_OTTAWA_MEETING = """
			meeting.meeting IS NOT NULL AND meeting.date >= coalesce($from, date('0001-01-01'))
			    AND meeting.date <= coalesce($to, date('9999-12-31'))
			    AND 'OTTAWA' IN meeting.channels AND ($cleared OR meeting.unclassified)
			    AND ($attendedBy IS NULL OR EXISTS {
			          MATCH (e:Engagement {code: meeting.meeting})
			          WHERE EXISTS { (e)-[:ATTENDED_BY]->(:Department {code: $attendedBy}) }
			             OR EXISTS { (e)-[:ATTENDED_BY]->(:Unit)-[:PART_OF]->(:Department {code: $attendedBy}) } })""";

	/** Newest first: the meeting rows before the cursor ({@code $afterValue}, {@code $afterKey}) of the page before. */
	private static final String BEFORE_CURSOR = """
			($afterValue IS NULL OR meeting.date < $afterValue
			         OR meeting.date = $afterValue AND meeting.meeting + ' ' + meeting.country < $afterKey)""";

	/** The held Ottawa meetings of a country ({@code counter}) asked ({@link #ASKED_OTTAWA_MEETING}), on its index. */
	private static final String OTTAWA_MEETINGS = """
			MATCH (meeting:__MeetingLedger {country: counter.country, status: 'HELD'})
			  USING INDEX meeting:__MeetingLedger(country, status, date, meeting)
			  WHERE %s""".formatted(ASKED_OTTAWA_MEETING);

	/**
	 * Missed Ottawa meetings, newest first (what is still fresh enough to act on). Across the whole program, every
	 * country's held meetings walked backwards together on the index by status and date: about three Ottawa meetings in
	 * four were missed at L, so a page tests a few dozen rows, where a page per country merged tested (countries x
	 * page). For one country, a region's or a designation's, each country's meetings walked backwards on its own index
	 * until its page is full, then merged: a walk of every country's meetings would pass over those of the others, all of
	 * them when the countries asked have fewer missed meetings than a page.
	 */
	static String missedOpportunities(boolean unclassifiedOnly, boolean wholeProgram) {
		String fact = unclassifiedOnly ? "ottawaU" : "ottawa";
		String candidates = !wholeProgram ? """
				CALL (counter) {
				  %1$s
				    AND %2$s
				    AND %3$s
				  WITH meeting ORDER BY meeting.country DESC, meeting.status DESC, meeting.date DESC, meeting.meeting DESC LIMIT $limit
				  RETURN meeting
				}
				WITH meeting ORDER BY meeting.date DESC, meeting.meeting DESC, meeting.country DESC LIMIT $limit
				""".formatted(OTTAWA_MEETINGS, BEFORE_CURSOR, missed(fact)) : """
				WITH collect(counter.country) AS countries
				MATCH (meeting:__MeetingLedger {status: 'HELD'})
				USING INDEX meeting:__MeetingLedger(status, date, meeting, country)
				WHERE meeting.date IS NOT NULL AND meeting.country IN countries
				  AND %1$s
				  AND %2$s
				  AND %3$s
				WITH meeting ORDER BY meeting.status DESC, meeting.date DESC, meeting.meeting DESC, meeting.country DESC LIMIT $limit
				""".formatted(ASKED_OTTAWA_MEETING, BEFORE_CURSOR, missed(fact));
		return COUNTRIES + candidates + """
				MATCH (engagement:Engagement {code: meeting.meeting})
				MATCH (country:Country {iso2: meeting.country})
				CALL (engagement, country) {
				  OPTIONAL MATCH (engagement)-[:WITH]->(counterpart:Mission)-[:REPRESENTS]->(country)
				  WHERE EXISTS { (counterpart)-[:LOCATED_IN]->(:Country {iso2: 'CA'}) }
				  RETURN counterpart ORDER BY counterpart.code LIMIT 1
				}
				CALL (meeting) {
				  WITH meeting.date AS date, '%2$s' AS fact, meeting.country AS country
				  %3$s
				}
				CALL (meeting) {
				  %1$s
				  WITH waiting ORDER BY waiting.achievedOn, waiting.key LIMIT 1
				  MATCH (result:Result {code: waiting.key})
				  RETURN collect(result) AS oldest
				}
				RETURN meeting.date AS sortValue, meeting.meeting + ' ' + meeting.country AS key,
				       {engagement: engagement, country: country, counterpart: counterpart,
				        couldHaveRaisedCount: waitingCount, oldestWaiting: oldest[0]} AS node
				ORDER BY sortValue DESC, key DESC
				""".formatted(waiting(fact), fact, LedgerQuestions.waitingCountOfCountryVariable().indent(2).strip());
	}

	/**
	 * How many missed Ottawa meetings in all, with no dates and no department: per country, the held Ottawa meetings
	 * (H), less those held on a day when nothing of the country was waiting (G), less those that raised a waiting
	 * result (B). A meeting that raised a waiting result raised it on the day of its first Ottawa raising (it raised it
	 * there, so that day is no later; it was waiting, so no earlier), so B is the meetings the ledger marks
	 * {@code firstRaiser}; H and B are the quarter counters. The days something was waiting are the union of the
	 * intervals (achieved, first raised in Ottawa] of the country's results, read in achievement order from the index
	 * by date; G counts the held Ottawa meetings in the gaps between them (a range of the meeting rows' index each).
	 * None of it grows with the meetings: the counters per quarter, the results once, and the few meetings in gaps.
	 * {@link #countMissedOpportunitiesWalked} asks the same of every meeting; the ledger's property test holds them
	 * equal.
	 */
	static String countMissedOpportunities(boolean unclassifiedOnly) {
		String u = unclassifiedOnly ? "U" : "";
		return COUNTRIES + """
				CALL (counter) {
				  // Both properties named, so that the planner seeks the (country, quarter) index.
				  OPTIONAL MATCH (quarter:__QuarterLedger {country: counter.country}) WHERE quarter.quarter IS NOT NULL
				  RETURN sum(coalesce(quarter.ottawa%1$s, 0) - coalesce(quarter.firstRaisers%1$s, 0)) AS heldLessRaising
				}
				CALL (counter) {
				  MATCH (row:__RaisableLedger {country: counter.country, kind: 'Result'})
				  USING INDEX row:__RaisableLedger(country, kind, achievedOn, key)
				  WHERE row.achievedOn IS NOT NULL AND row.key IS NOT NULL AND row.achievedOn < row.ottawa%1$s
				    AND ($cleared OR row.classification = 'UNCLASSIFIED')
				  WITH row ORDER BY row.country, row.kind, row.achievedOn, row.key
				  // An aggregation: one row even for a country with nothing ever waiting (all one gap).
				  WITH collect([row.achievedOn, row.ottawa%1$s]) AS waits
				  // The gaps between the spans, walking the intervals in achievement order with the latest end so far:
				  // a gap opens where an interval starts after it. The state is copied only when the end moves.
				  WITH reduce(state = {end: date('0001-01-01'), gaps: []}, wait IN waits |
				         CASE WHEN wait[0] > state.end THEN {end: wait[1], gaps: state.gaps + [[state.end, wait[0]]]}
				              WHEN wait[1] > state.end THEN {end: wait[1], gaps: state.gaps}
				              ELSE state END) AS state
				  UNWIND state.gaps + [[state.end, date('9999-12-31')]] AS gap
				  WITH gap[0] AS after, gap[1] AS upTo
				  CALL (counter, after, upTo) {
				    MATCH (meeting:__MeetingLedger {country: counter.country, status: 'HELD'})
				    USING INDEX meeting:__MeetingLedger(country, status, date, meeting)
				    WHERE meeting.date > after AND meeting.date <= upTo
				      AND meeting.meeting IS NOT NULL AND 'OTTAWA' IN meeting.channels AND ($cleared OR meeting.unclassified)
				    RETURN count(meeting) AS idle
				  }
				  RETURN sum(idle) AS idle
				}
				RETURN sum(heldLessRaising - idle) AS total
				""".formatted(u);
	}

	/**
	 * How many missed Ottawa meetings between dates, or attended by a department: every held Ottawa meeting of the
	 * countries in the range is tested (two EXISTS each), which grows with the meetings; the dates bound it.
	 */
	static String countMissedOpportunitiesWalked(boolean unclassifiedOnly) {
		return COUNTRIES + """
				CALL (counter) {
				  %1$s
				    AND %2$s
				  RETURN count(meeting) AS missed
				}
				RETURN sum(missed) AS total
				""".formatted(OTTAWA_MEETINGS, missed(unclassifiedOnly ? "ottawaU" : "ottawa"));
	}

	/** Results never raised in Ottawa as a list of pages; {@code dated} when asked as of a date. */
	static ListQuery.Pages neverRaisedPages(LedgerQuestions.Fact fact, boolean dated) {
		return ListQuery.Pages.of(neverRaised(fact, !dated && fact.department() == null), countNeverRaised(fact, dated));
	}

	/**
	 * Missed Ottawa meetings as a list of pages; {@code wholeProgram} when no country, region or designation narrows
	 * the countries, {@code bounded} when asked between dates or for a department.
	 */
	static ListQuery.Pages missedOpportunityPages(boolean unclassifiedOnly, boolean wholeProgram, boolean bounded) {
		return ListQuery.Pages.of(missedOpportunities(unclassifiedOnly, wholeProgram), bounded
				? countMissedOpportunitiesWalked(unclassifiedOnly) : countMissedOpportunities(unclassifiedOnly));
	}
}
