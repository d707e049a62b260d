package ca.engagementgraph.leverage;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import ca.engagementgraph.api.read.ListQuery;
import ca.engagementgraph.api.read.Ordering;


/**
 * The leveraging questions answered from the leverage ledger (MODEL.md, "The leverage ledger"): each is an index
 * seek or a short walk over the rows of one country, never a walk over every meeting that ever raised anything.
 *
 * <p>A fact is named after its channel ({@code any}, {@code ottawa}, {@code inCountry}), with {@code U} for the
 * count a reader without clearance may see (Unclassified meetings only) and {@code _<department>} when a department
 * must have attended. Its value is the first date the result was raised so, or 9999-12-31 when never: "not raised
 * by date d" is {@code fact > d}. Property names are chosen from that closed set by {@link Fact}, never from input.
 */
final class LedgerQuestions {

	private LedgerQuestions() {
	}

	/** "Never" in the ledger. */
	static final String NEVER = "date('9999-12-31')";

	/** One of the ledger's first-raised facts. */
	record Fact(String channel, boolean unclassifiedOnly, String department) {

		static Fact of(String channel, boolean unclassifiedOnly, String department) {
			String name = switch (channel) {
				case "OTTAWA" -> "ottawa";
				case "IN_COUNTRY" -> "inCountry";
				case "ANY" -> "any";
				default -> throw new IllegalArgumentException("Not a channel: " + channel);
			};
			if (department != null && !department.matches("[A-Z][A-Z0-9_]*")) {
				throw new IllegalArgumentException("Not a department code: " + department);
			}
			return new Fact(name, unclassifiedOnly, department);
		}

		/** The property holding it; department facts are read dynamically (no index serves them). */
		String property() {
			return channel + (unclassifiedOnly ? "U" : "");
		}

		/** A Cypher expression for the fact of row {@code row}. */
		String of(String row) {
			return department == null ? row + "." + property()
					: "coalesce(" + row + "['" + property() + "_" + department + "'], " + NEVER + ")";
		}

		/**
		 * A Cypher expression for how many results a country's counter {@code counter} holds raised so (the department
		 * present, when one must have attended), 0 when none: the count of the rows whose fact is set.
		 */
		String countedBy(String counter) {
			return "coalesce(" + counter + (department == null ? "." + property()
					: "['" + property() + "_" + department + "']") + ", 0)";
		}

		/** The counter property holding how many results the reader may see. */
		String results() {
			return unclassifiedOnly ? "resultsU" : "results";
		}
	}

	/**
	 * Question 1, as things stand today and whoever attended: the country's results never raised on the channel, in
	 * the order asked, after the cursor. The index on (country, kind, fact, achievedOn, key) finds and orders them:
	 * a page costs the page.
	 */
	static String neverRaised(Fact fact, boolean byCode, boolean descending) {
		var walk = byCode ? OrderedWalk.of(descending, "country", "kind", "key")
				: OrderedWalk.of(descending, "country", "kind", fact.property(), "achievedOn", "key");
		return """
				MATCH (row:__RaisableLedger {country: $country, kind: 'Result'})
				%4$s
				WHERE row.%1$s = %2$s AND row.achievedOn IS NOT NULL AND row.key IS NOT NULL %3$s
				  AND ($cleared OR row.classification = 'UNCLASSIFIED')
				WITH row ORDER BY %5$s LIMIT $limit
				""".formatted(fact.property(), NEVER, after(byCode, descending), walk.hint(), walk.orderBy());
	}

	/**
	 * A walk of the country's ledger rows ({@code row}) in the order of one of the ledger's composite indexes, which
	 * stops when the page is full. A composite index serves a query only when every one of its properties has a
	 * predicate (existence at least), and the planner walks it in order only when the ORDER BY names its properties
	 * from the first: hence the hint, the IS NOT NULLs beside it and an ORDER BY derived from the same properties.
	 * Without them, at scale L, the headline scanned every row of the label (110,000) for each page.
	 */
	record OrderedWalk(String hint, String orderBy) {

		static OrderedWalk of(boolean descending, String... properties) {
			String direction = descending ? " DESC" : "";
			return new OrderedWalk("USING INDEX row:__RaisableLedger(" + String.join(", ", properties) + ")",
					java.util.Arrays.stream(properties).map(p -> "row." + p + direction)
						.collect(Collectors.joining(", ")));
		}
	}

	/**
	 * Question 1 as of a date, or with a department that must have attended: the country's results achieved by then
	 * and not raised on the channel by then, walked in the order asked until the page is full.
	 */
	static String notRaisedBy(Fact fact, boolean byCode, boolean descending) {
		var walk = byCode ? OrderedWalk.of(descending, "country", "kind", "key")
				: OrderedWalk.of(descending, "country", "kind", "achievedOn", "key");
		return """
				MATCH (row:__RaisableLedger {country: $country, kind: 'Result'})
				%1$s
				WHERE %2$s %3$s
				WITH row ORDER BY %4$s LIMIT $limit
				""".formatted(walk.hint(), notRaisedByThen(fact), after(byCode, descending), walk.orderBy());
	}

	/**
	 * How many results the headline question finds in all, by the cheapest way the variant allows:
	 * <ul>
	 * <li>today (no date), with or without an attending department: the country's counters, results less those raised
	 * so ({@link #countNeverRaised});
	 * <li>as of a date, whoever attended, for a cleared reader: two ranges of the ledger's indexes counted without
	 * reading a row, the results achieved by then less those also raised on the channel by then
	 * ({@link #countAchievedLessRaisedBy});
	 * <li>otherwise (a date with a department, or a reader without clearance, whose rows must be read for their
	 * classification): a count of the country's rows achieved by then.
	 * </ul>
	 */
	static String countUnleveraged(Fact fact, boolean dated) {
		if (!dated) {
			return countNeverRaised(fact);
		}
		if (fact.department() == null && !fact.unclassifiedOnly()) {
			return countAchievedLessRaisedBy(fact);
		}
		return countNotRaisedBy(fact);
	}

	/** How many results {@link #notRaisedBy} finds, row by row: the variants no counter or index range answers. */
	static String countNotRaisedBy(Fact fact) {
		return """
				MATCH (row:__RaisableLedger {country: $country, kind: 'Result'})
				WHERE %s
				RETURN count(row) AS total
				""".formatted(notRaisedByThen(fact));
	}

	/**
	 * Question 1's count as of {@code $asOf} for a cleared reader, whoever attended: the country's results achieved by
	 * then (a range of the index by date) less those of them raised on the channel by then (a range of the fact's index,
	 * its date read from the index entry). Every result row holds every channel's fact (9999-12-31 when never), so the
	 * two ranges are the rows the walk would count and those it would not. Index entries only: at scale L, the busiest
	 * country as of mid-2024 is 20,000 entries instead of 15,000 rows read with their properties, half the time.
	 */
	static String countAchievedLessRaisedBy(Fact fact) {
		return """
				CALL () {
				  MATCH (row:__RaisableLedger {country: $country, kind: 'Result'})
				    USING INDEX row:__RaisableLedger(country, kind, achievedOn, key)
				  WHERE row.achievedOn <= $asOf AND row.key IS NOT NULL
				  RETURN count(row) AS achieved
				}
				CALL () {
				  MATCH (row:__RaisableLedger {country: $country, kind: 'Result'})
				    USING INDEX row:__RaisableLedger(country, kind, %1$s, achievedOn, key)
				  WHERE row.%1$s <= $asOf AND row.achievedOn <= $asOf AND row.key IS NOT NULL
				  RETURN count(row) AS raised
				}
				RETURN achieved - raised AS total
				""".formatted(fact.property());
	}

	/**
	 * Ledger row {@code row} is a result this reader may see, achieved by {@code $asOf} (any date when null) and not
	 * raised so by then: question 1 as of a date or with an attending department, for one country or program-wide.
	 */
	static String notRaisedByThen(Fact fact) {
		return """
				row.key IS NOT NULL AND row.achievedOn <= coalesce($asOf, %2$s) AND %1$s > coalesce($asOf, date('9999-12-30'))
				  AND ($cleared OR row.classification = 'UNCLASSIFIED')""".formatted(fact.of("row"), NEVER);
	}

	/**
	 * The total today: the country's results less those raised on the channel (with the department present, when one
	 * must have attended), from its counters, the same the coverage table shows.
	 */
	static String countNeverRaised(Fact fact) {
		return """
				OPTIONAL MATCH (counter:__CountryLedger {country: $country})
				RETURN coalesce(counter.%1$s, 0) - %2$s AS total
				""".formatted(fact.results(), fact.countedBy("counter"));
	}

	/**
	 * Question 1's rows: for each result of the page, the result, its project, how long it has waited and whether its
	 * project was raised on the channel (with the same date and department) although it never was; as a page's rows
	 * ({@code node, sortValue, key}) in the page's order.
	 */
	static String unleveragedRows(Fact fact, boolean byCode, boolean descending) {
		String direction = descending ? " DESC" : "";
		return """
				MATCH (result:Result {code: row.key})
				OPTIONAL MATCH (project:Project {code: row.project})
				OPTIONAL MATCH (mention:__RaisableLedger {id: 'Project:' + row.project + '@' + $country})
				RETURN %2$s AS sortValue, row.key AS key,
				       {result: result, project: project,
				        daysSinceAchieved: duration.inDays(row.achievedOn, coalesce($asOf, $today)).days,
				        projectMentioned: mention IS NOT NULL AND %1$s <= coalesce($asOf, date('9999-12-30'))} AS node
				ORDER BY sortValue%3$s, key%3$s
				""".formatted(fact.of("mention"), byCode ? "row.key" : "row.achievedOn", direction);
	}

	/**
	 * Question 1 as a list of pages: never raised on the channel (an ordered seek on the fact's index), or, with a
	 * date or an attending department, not raised so by then (a walk over the country's rows in order).
	 */
	static ListQuery.Pages unleveraged(Fact fact, boolean dated) {
		boolean plain = !dated && fact.department() == null;
		return new ListQuery.Pages() {
			@Override
			public String page(Ordering ordering, boolean afterCursor) {
				boolean byCode = "CODE".equals(ordering.field());
				String rows = plain ? neverRaised(fact, byCode, ordering.descending())
						: notRaisedBy(fact, byCode, ordering.descending());
				return rows + unleveragedRows(fact, byCode, ordering.descending());
			}

			@Override
			public String count() {
				return countUnleveraged(fact, dated);
			}
		};
	}

	/** The keyset condition: rows after the cursor's sort value and key, in the direction of the order. */
	private static String after(boolean byCode, boolean descending) {
		String value = byCode ? "row.key" : "row.achievedOn";
		String beyond = descending ? "<" : ">";
		return """
				AND ($afterKey IS NULL OR %1$s %2$s= $afterValue AND (%1$s %2$s $afterValue OR row.key %2$s $afterKey))"""
			.formatted(value, beyond);
	}

	/**
	 * The counters question 2 reads: each row's country, project (or null) and counter, and the departments in code
	 * order (their nodes, their own fields, and the names of their counters).
	 */
	private static final String COVERAGE_COUNTERS = """
			CALL () {
			  MATCH (d:Department)
			  WITH d ORDER BY d.code
			  RETURN collect(d) AS departments, collect(d {.code, .nameEn, .nameFr}) AS departmentFields,
			         collect('any' + $u + '_' + d.code) AS departmentFacts
			}
			CALL () {
			  MATCH (country:Country {iso2: $country})
			  WHERE $by = 'COUNTRY'
			  OPTIONAL MATCH (counter:__CountryLedger {country: country.iso2})
			  RETURN country, counter
			  UNION ALL
			  UNWIND CASE WHEN $by = 'COUNTRY' AND $country IS NULL THEN [true] ELSE [] END AS everyCountry
			  MATCH (counter:__CountryLedger)
			  WHERE coalesce(counter.projects, 0) > 0
			  MATCH (country:Country {iso2: counter.country})
			  RETURN country, counter
			  UNION ALL
			  MATCH (country:Country {iso2: CASE WHEN $by = 'PROJECT' THEN $country END})
			  MATCH (counter:__ProjectLedger {country: country.iso2})
			  WHERE counter.project IS NOT NULL AND coalesce(counter.projects, 0) > 0
			  RETURN country, counter
			  UNION ALL
			  UNWIND CASE WHEN $by = 'PROJECT' AND $country IS NULL THEN [true] ELSE [] END AS everyCountry
			  MATCH (counter:__ProjectLedger)
			  WHERE coalesce(counter.projects, 0) > 0
			  MATCH (country:Country {iso2: counter.country})
			  RETURN country, counter
			}
			OPTIONAL MATCH (project:Project {code: counter.project})
			""";

	/**
	 * Question 2 as the API answers it: the counters of each country (or project) that received projects, or of the
	 * one country asked for (zeros when it received none), with the departments in code order; {@code $u} is {@code 'U'} for a reader without clearance (counters of
	 * Unclassified results raised at Unclassified meetings), empty otherwise. Each branch runs only for its own
	 * arguments: one country's projects are a seek of the counters' index by country (a condition {@code $country IS
	 * NULL OR counter.country = $country} kept the planner from the index, and every question of one country's
	 * projects read all 10,000 project counters at scale L: 30,751 database hits for a country of 8 projects, 767
	 * now), and the branches for every country run behind an {@code UNWIND} that is empty otherwise (a condition on
	 * parameters alone is applied after the scan it stands beside). Each row carries the departments and its counts
	 * in their order, paired in Java: a map per department and row, built around the department's node, was a tenth
	 * of the statement's time for a country's 1,702 projects, and the counters' names are made once, not per row.
	 */
	static final String COVERAGE = COVERAGE_COUNTERS + """
			RETURN country, project,
			       coalesce(counter['results' + $u], 0) AS results, coalesce(counter['any' + $u], 0) AS raisedAnywhere,
			       coalesce(counter['ottawa' + $u], 0) AS raisedInOttawa,
			       coalesce(counter['inCountry' + $u], 0) AS raisedInCountry,
			       departments, [fact IN departmentFacts | coalesce(counter[fact], 0)] AS raisedByDepartment
			ORDER BY country.iso2, project.code
			""";

	/**
	 * Question 2 in one record, for a selection within {@code CoverageController.ROWS}: each country and department
	 * once, and the rows in their order, each a list: its country's code, its project's code and titles (nulls when
	 * rows are per country), its four counts, then the list of its counts for each department in the order of
	 * {@code departments}. A count the counter does not hold is null (the reader takes it as zero: a {@code coalesce}
	 * per count was a tenth of the statement). A title is read only when {@code $titleEn} / {@code $titleFr} say the
	 * selection shows it. Read row by row, every row carried its country's, its project's and the departments' whole
	 * nodes, converted again for each of a country's 1,702 projects at scale L; a map per row, its keys again for each
	 * row. The counters' names are written out, one statement for each reader ({@link #COVERAGE_ROWS_CLEARED},
	 * {@link #COVERAGE_ROWS_UNCLASSIFIED}): a name computed from {@code $u} is looked up row by row, and the planner
	 * reads the names it knows together.
	 */
	private static final String COVERAGE_ROWS = COVERAGE_COUNTERS + """
			WITH departmentFields, departmentFacts, country, project, counter
			ORDER BY country.iso2, project.code
			""" + coverageRows("country.iso2");

	/** The departments in code order, as the rows of one country read them: their fields, and their counters' names. */
	private static final String DEPARTMENTS_IN_ORDER = """
			CALL () {
			  MATCH (d:Department)
			  WITH d ORDER BY d.code
			  RETURN collect(d {.code, .nameEn, .nameFr}) AS departmentFields,
			         collect('any' + $u + '_' + d.code) AS departmentFacts
			}
			""";

	/**
	 * The rows of {@link #COVERAGE_ROWS} for one country's projects, the dashboard's "leveraging by project" panel: the
	 * country's counters and nothing else, in project order, the country's code given rather than read for each row.
	 * Together with the titles read as shown and the counts left without {@code coalesce}, 24 ms became 20 ms for the
	 * 1,702 projects of the busiest country at scale L (the hand-written statement the benchmark compares with: 19 ms).
	 */
	private static final String COUNTRY_PROJECT_ROWS = DEPARTMENTS_IN_ORDER + """
			MATCH (country:Country {iso2: $country})
			MATCH (counter:__ProjectLedger {country: country.iso2})
			WHERE counter.project IS NOT NULL AND coalesce(counter.projects, 0) > 0
			OPTIONAL MATCH (project:Project {code: counter.project})
			WITH departmentFields, departmentFacts, country, project, counter
			ORDER BY project.code
			""" + coverageRows("$country");

	/**
	 * The row of {@link #COVERAGE_ROWS} for one country (the "gap by country" panel asked for one): the country and its
	 * counter, zeros when it received no projects, without the four branches every grouping shares: about a quarter
	 * of the statement's time for an answer of one row (at best 0.69 against 0.95 ms at scale L, sequentially; the
	 * hand-written statement the benchmark compares with 0.74 ms).
	 */
	private static final String COUNTRY_ROW = DEPARTMENTS_IN_ORDER + """
			MATCH (country:Country {iso2: $country})
			OPTIONAL MATCH (counter:__CountryLedger {country: country.iso2})
			WITH departmentFields, departmentFacts, country, null AS project, counter
			""" + coverageRows("$country");

	/** The one record {@link #COVERAGE_ROWS} returns, with {@code countryCode} the row's country code. */
	private static String coverageRows(String countryCode) {
		return """
				RETURN departmentFields AS departments,
				       [c IN collect(DISTINCT country) | c {.iso2, .iso3, .nameEn, .nameFr, .region}] AS countries,
				       collect([%s, project.code,
				                CASE WHEN $titleEn THEN project.titleEn END, CASE WHEN $titleFr THEN project.titleFr END,
				                counter.results%%1$s, counter.any%%1$s, counter.ottawa%%1$s, counter.inCountry%%1$s,
				                [fact IN departmentFacts | counter[fact]]]) AS rows
				""".formatted(countryCode);
	}

	/** {@link #COVERAGE_ROWS} for a reader with the clearance ({@code $u} empty). */
	static final String COVERAGE_ROWS_CLEARED = COVERAGE_ROWS.formatted("");

	/** {@link #COVERAGE_ROWS} for a reader without it ({@code $u} is {@code 'U'}): Unclassified records' counters. */
	static final String COVERAGE_ROWS_UNCLASSIFIED = COVERAGE_ROWS.formatted("U");

	/** {@link #COUNTRY_ROW} for a reader with the clearance. */
	static final String COUNTRY_ROW_CLEARED = COUNTRY_ROW.formatted("");

	/** {@link #COUNTRY_ROW} for a reader without it: Unclassified records' counters. */
	static final String COUNTRY_ROW_UNCLASSIFIED = COUNTRY_ROW.formatted("U");

	/** {@link #COUNTRY_PROJECT_ROWS} for a reader with the clearance. */
	static final String COUNTRY_PROJECT_ROWS_CLEARED = COUNTRY_PROJECT_ROWS.formatted("");

	/** {@link #COUNTRY_PROJECT_ROWS} for a reader without it: Unclassified records' counters. */
	static final String COUNTRY_PROJECT_ROWS_UNCLASSIFIED = COUNTRY_PROJECT_ROWS.formatted("U");

	/** A result waiting at meeting {@code meeting} on the channel whose fact is {@code fact}, for this reader. */
	private static final String WAITING = """
			waiting.achievedOn < meeting.date AND waiting[fact] >= meeting.date
			    AND ($cleared OR waiting.classification = 'UNCLASSIFIED')""";

	/**
	 * The country's results waiting at meeting {@code meeting} on the channel whose fact is {@code fact}: achieved
	 * before it, not raised on the channel by then, visible to the reader.
	 */
	private static final String WAITING_RESULTS = """
			MATCH (waiting:__RaisableLedger {country: $country, kind: 'Result'})
			  WHERE waiting.key IS NOT NULL AND %s""".formatted(WAITING);

	/**
	 * The same results in the order of the country's rows by date ({@code USING INDEX}, the ORDER BY naming the index's
	 * properties), so that taking the oldest few stops after them instead of reading every row and sorting.
	 */
	private static final String WAITING_WALK = """
			MATCH (waiting:__RaisableLedger {country: $country, kind: 'Result'})
			  USING INDEX waiting:__RaisableLedger(country, kind, achievedOn, key)
			  WHERE waiting.key IS NOT NULL AND waiting.achievedOn IS NOT NULL AND %s""".formatted(WAITING.replace("meeting.date", "date"));

	/**
	 * How many of the country's results were waiting on a date ({@code date}) on the channel whose fact is
	 * {@code fact}, as {@code waitingCount}: achieved before then and not raised on the channel before then. For a
	 * cleared reader, from the country's counters of dated rows ({@code dated}: rows with an achievement date;
	 * {@code dated_<fact>}: those raised on the channel) less what happened since the date, a few short ranges of
	 * recent rows instead of every row achieved before it (at scale L the busiest country's rows achieved before a
	 * date of late 2026 are 32,000, and a page asks for every distinct day and channel on it). Over the dated rows,
	 * with a the achievement date and f the fact (9999-12-31 when never raised):
	 * {@code #(a < d, f >= d) = dated - #(a >= d) - dated_<fact> + #(d <= f < never) + #(a >= d, f < d)}; the first
	 * range is the index by date, the second the fact's index (index entries only), the third the first's rows with
	 * their fact read. A reader without clearance counts row by row (the rows' classification is in no index nor
	 * counter). Each range not taken is made empty by its bound (a filter beside it would be applied after the seek,
	 * which would still read the range).
	 */
	/**
	 * {@link #WAITING_COUNT} for the country named by variable {@code country} instead of {@code $country}, with
	 * {@code date} and {@code fact} bound as there (the program-wide page of missed Ottawa meetings, whose meetings are
	 * of many countries).
	 */
	static String waitingCountOfCountryVariable() {
		return WAITING_COUNT.replace("$country", "country").replace("CALL (date, fact)", "CALL (date, fact, country)");
	}

	private static final String WAITING_COUNT = """
			OPTIONAL MATCH (counter:__CountryLedger {country: $country})
			CALL (date, fact) {
			  MATCH (row:__RaisableLedger {country: $country, kind: 'Result'})
			    USING INDEX row:__RaisableLedger(country, kind, achievedOn, key)
			  WHERE row.achievedOn >= CASE WHEN $cleared THEN date ELSE date('9999-12-31') END AND row.key IS NOT NULL
			  RETURN count(row) AS achievedSince, count(CASE WHEN row[fact] < date THEN 1 END) AS raisedBeforeAchieved
			}
			CALL (date, fact) {
			  MATCH (row:__RaisableLedger {country: $country, kind: 'Result'})
			    USING INDEX row:__RaisableLedger(country, kind, ottawa, achievedOn, key)
			  WHERE row.ottawa >= CASE WHEN $cleared AND fact = 'ottawa' THEN date ELSE date('9999-12-31') END
			    AND row.ottawa < date('9999-12-31') AND row.achievedOn IS NOT NULL AND row.key IS NOT NULL
			  RETURN count(row) AS raisedSince
			  UNION ALL
			  MATCH (row:__RaisableLedger {country: $country, kind: 'Result'})
			    USING INDEX row:__RaisableLedger(country, kind, inCountry, achievedOn, key)
			  WHERE row.inCountry >= CASE WHEN $cleared AND fact = 'inCountry' THEN date ELSE date('9999-12-31') END
			    AND row.inCountry < date('9999-12-31') AND row.achievedOn IS NOT NULL AND row.key IS NOT NULL
			  RETURN count(row) AS raisedSince
			}
			CALL (date, fact) {
			  MATCH (waiting:__RaisableLedger {country: $country, kind: 'Result'})
			    USING INDEX waiting:__RaisableLedger(country, kind, achievedOn, key)
			  WHERE waiting.achievedOn < CASE WHEN $cleared THEN date('0001-01-01') ELSE date END AND waiting.key IS NOT NULL
			    AND %s
			  RETURN count(waiting) AS uncleared
			}
			WITH counter, fact, achievedSince, raisedBeforeAchieved, uncleared, sum(raisedSince) AS raisedSince
			RETURN CASE WHEN $cleared
			            THEN coalesce(counter.dated, 0) - achievedSince - coalesce(counter['dated_' + fact], 0)
			                 + raisedSince + raisedBeforeAchieved
			            ELSE uncleared END AS waitingCount""".formatted(WAITING.replace("meeting.date", "date"));

	/**
	 * What makes a meeting on a channel ({@code meeting}, {@code fact}) a missed opportunity: a result was waiting
	 * (achieved before it, not raised on the channel by then) and the meeting raised none of the waiting ones. The page
	 * asks it per meeting (it stops when the page is full); the count asks the same rule per day
	 * ({@link #COUNT_MISSED_OPPORTUNITIES}), and the ledger's property test holds the two to the same meetings.
	 */
	private static final String MISSED = """
			EXISTS {
			  %1$s
			}
			AND NOT EXISTS {
			  MATCH (:Engagement {code: meeting.meeting})-[:RAISED]->(raised:Result)
			  MATCH (waiting:__RaisableLedger {id: 'Result:' + raised.code + '@' + $country})
			  WHERE %2$s
			}
			""".formatted(WAITING_RESULTS, WAITING);

	/**
	 * Question 3: held meetings with the country's mission in Canada (OTTAWA) or its authorities (IN_COUNTRY), between
	 * the dates, where results were waiting on that channel (achieved before the meeting, not raised on the channel
	 * before it) and the meeting raised none of them; oldest first, after the cursor, a page. A row is a meeting on
	 * one channel (key {@code meeting|channel}), with its counterpart on that channel (the first by code), how many
	 * results were waiting and the oldest {@code $resultsPerMeeting} of them. The country's meetings are walked in
	 * date order on the ledger's index until the page is full. The waiting results depend only on the meeting's date
	 * and channel, and a busy country's page holds many meetings of the same day: they are counted (a range of the
	 * country's rows by date) once per distinct date and channel of the page, not once per meeting, and the oldest
	 * few are an ordered walk that stops after them. At scale L that took the busiest country's page from 680,000
	 * rows read to about 35,000.
	 */
	static final String MISSED_OPPORTUNITIES = """
			MATCH (meeting:__MeetingLedger {country: $country, status: 'HELD'})
			WHERE meeting.meeting IS NOT NULL AND meeting.date >= CASE WHEN $afterValue IS NULL OR ($from IS NOT NULL AND $from > $afterValue)
			                           THEN coalesce($from, date('0001-01-01')) ELSE $afterValue END
			  AND meeting.date <= coalesce($to, date('9999-12-31'))
			  AND ($cleared OR meeting.unclassified)
			UNWIND meeting.channels AS channel
			WITH meeting, channel, meeting.meeting + '|' + channel AS key,
			     (CASE channel WHEN 'OTTAWA' THEN 'ottawa' ELSE 'inCountry' END) + CASE WHEN $cleared THEN '' ELSE 'U' END AS fact
			WHERE ($afterKey IS NULL OR meeting.date > $afterValue OR key > $afterKey)
			  AND %1$s
			WITH meeting, channel, key, fact ORDER BY meeting.date, key LIMIT $limit
			WITH collect({meeting: meeting, channel: channel, key: key, fact: fact}) AS page
			CALL (page) {
			  UNWIND page AS missed
			  WITH DISTINCT missed.meeting.date AS date, missed.fact AS fact
			  CALL (date, fact) {
			    %2$s
			  }
			  CALL (date, fact) {
			    %3$s
			    WITH waiting ORDER BY waiting.country, waiting.kind, waiting.achievedOn, waiting.key LIMIT $resultsPerMeeting
			    MATCH (result:Result {code: waiting.key})
			    RETURN collect(result) AS couldHaveRaised
			  }
			  RETURN collect({date: date, fact: fact, count: waitingCount, results: couldHaveRaised}) AS waitingAt
			}
			UNWIND page AS missed
			WITH missed.meeting AS meeting, missed.channel AS channel, missed.key AS key,
			     [w IN waitingAt WHERE w.date = missed.meeting.date AND w.fact = missed.fact][0] AS waiting
			MATCH (engagement:Engagement {code: meeting.meeting})
			CALL (engagement, channel) {
			  OPTIONAL MATCH (engagement)-[:WITH]->(counterpart)
			  WHERE (channel = 'OTTAWA' AND counterpart:Mission
			         AND EXISTS { (counterpart)-[:REPRESENTS]->(:Country {iso2: $country}) }
			         AND EXISTS { (counterpart)-[:LOCATED_IN]->(:Country {iso2: 'CA'}) })
			     OR (channel = 'IN_COUNTRY' AND counterpart:Authority AND EXISTS { (counterpart)-[:OF]->(:Country {iso2: $country}) })
			  RETURN counterpart ORDER BY counterpart.code LIMIT 1
			}
			RETURN meeting.date AS sortValue, key,
			       {engagement: engagement, channel: channel, counterpart: counterpart, couldHaveRaised: waiting.results,
			        couldHaveRaisedCount: waiting.count} AS node
			ORDER BY sortValue, key
			""".formatted(MISSED, WAITING_COUNT, WAITING_WALK);

	/**
	 * Which of the meetings of one day on one channel ({@code date}, {@code fact}, their codes {@code meetings}) raised
	 * a result then waiting: the same rule as {@link #MISSED}'s second half, walked from the results instead of from
	 * each meeting. A meeting on the channel that raised a result made that result's first raising on the channel no
	 * later than its day, so a result it raised was still waiting only if that first raising is this very day: the
	 * rows whose fact equals the date, a short range of the fact's index (one {@code UNION ALL} branch per fact, only
	 * the meeting's own seeking, like the radar's gates), and the meetings of the day among those that raised them.
	 */
	private static final String RAISED_WAITING = """
			CALL (date, fact) {
			  %s
			}
			WITH first WHERE $cleared OR first.classification = 'UNCLASSIFIED'
			MATCH (:Result {code: first.key})<-[:RAISED]-(raising:Engagement)
			WHERE raising.date = date AND raising.code IN meetings
			RETURN count(DISTINCT raising) AS raisedWaiting""".formatted(Stream
		.of("ottawa", "inCountry", "ottawaU", "inCountryU")
		.map(fact -> """
				MATCH (first:__RaisableLedger {country: $country, kind: 'Result'})
				  USING INDEX first:__RaisableLedger(country, kind, %1$s, achievedOn, key)
				WHERE first.%1$s = CASE fact WHEN '%1$s' THEN date END AND first.achievedOn < date AND first.key IS NOT NULL
				RETURN first""".formatted(fact))
		.collect(Collectors.joining("\nUNION ALL\n"))
		.indent(2).strip());

	/**
	 * How many rows {@link #MISSED_OPPORTUNITIES} holds in all pages. The rule is {@link #MISSED}'s, asked once per day
	 * and channel instead of once per meeting (a busy country holds about 30 meetings a day at scale L): whether a
	 * result was waiting that day (one seek), and which of the day's meetings raised one ({@link #RAISED_WAITING}); the
	 * others are missed. For the busiest country and a month at L, 5,000 index seeks became about 200 (45 to 14 ms).
	 */
	static final String COUNT_MISSED_OPPORTUNITIES = """
			MATCH (meeting:__MeetingLedger {country: $country, status: 'HELD'})
			WHERE meeting.meeting IS NOT NULL AND meeting.date >= coalesce($from, date('0001-01-01')) AND meeting.date <= coalesce($to, date('9999-12-31'))
			  AND ($cleared OR meeting.unclassified)
			UNWIND meeting.channels AS channel
			WITH meeting, (CASE channel WHEN 'OTTAWA' THEN 'ottawa' ELSE 'inCountry' END) + CASE WHEN $cleared THEN '' ELSE 'U' END AS fact
			WITH meeting.date AS date, fact, collect(meeting.meeting) AS meetings
			WHERE EXISTS {
			  %1$s
			}
			CALL (date, fact, meetings) {
			  %2$s
			}
			RETURN sum(size(meetings) - raisedWaiting) AS total
			""".formatted(WAITING_RESULTS.replace("meeting.date", "date").indent(2).strip(), RAISED_WAITING.indent(2).strip());

	/** Question 3 as a list of pages (one order: oldest meeting first). */
	static ListQuery.Pages missedOpportunities() {
		return ListQuery.Pages.of(MISSED_OPPORTUNITIES, COUNT_MISSED_OPPORTUNITIES);
	}

	/**
	 * Question 4: the results of the country never raised at a held meeting with this very counterpart (the
	 * counterparts a result was raised with are on its ledger row), oldest first, after the cursor, a page; each with
	 * the key messages the reader may see about it or its project, newest first. An ordered walk of the country's
	 * rows by date that stops when the page is full.
	 */
	static final String BRIEFING_RESULTS = """
			MATCH (row:__RaisableLedger {country: $country, kind: 'Result'})
			USING INDEX row:__RaisableLedger(country, kind, achievedOn, key)
			WHERE row.key IS NOT NULL AND row.achievedOn IS NOT NULL
			  AND NOT $counterpart IN CASE WHEN $cleared THEN row.raisedWith ELSE row.raisedWithU END
			  AND ($cleared OR row.classification = 'UNCLASSIFIED') %s
			WITH row ORDER BY row.country, row.kind, row.achievedOn, row.key LIMIT $limit
			MATCH (result:Result {code: row.key})
			OPTIONAL MATCH (project:Project {code: row.project})
			CALL (result, project) {
			  UNWIND [(result)<-[:ABOUT]-(m:KeyMessage) WHERE visible(m:KeyMessage) | m]
			       + [(project)<-[:ABOUT]-(m:KeyMessage) WHERE visible(m:KeyMessage) | m] AS message
			  WITH DISTINCT message ORDER BY message.approvedOn DESC, message.code
			  RETURN collect(message) AS keyMessages
			}
			RETURN row.achievedOn AS sortValue, row.key AS key,
			       {result: result, project: project, keyMessages: keyMessages} AS node
			ORDER BY sortValue, key
			""".formatted(after(false, false));

	/**
	 * How many results {@link #BRIEFING_RESULTS} holds in all pages: the country's results less those ever raised with
	 * the counterpart, from the country's counters.
	 */
	static final String COUNT_BRIEFING_RESULTS = """
			OPTIONAL MATCH (counter:__CountryLedger {country: $country})
			RETURN CASE WHEN $counterpart IS NULL THEN 0
			            WHEN $cleared THEN coalesce(counter.results, 0) - coalesce(counter['with_' + $counterpart], 0)
			            ELSE coalesce(counter.resultsU, 0) - coalesce(counter['withU_' + $counterpart], 0) END AS total
			""";

	/**
	 * Question 4: follow-up actions still open from meetings about the country, soonest due first. An action has no
	 * country of its own: from a meeting about this country alone it is the country's; from a meeting about several
	 * (a working group, a multilateral forum) only when its text names this country, or a country's pack would list
	 * the other countries' actions (and the program-wide ones) agreed at the same table. The meetings come from the
	 * leverage ledger: the country's meeting rows that count open actions (one range of an index; 297 rows for the
	 * busiest country at scale L), where walking every open action of the program to its meeting's countries read
	 * 1,806 actions and 30,000 records for each briefing. The rule itself is asked of each action found, as
	 * {@link LeverageQueries#BRIEFING_OPEN_ACTIONS} asks it, so a row's count only says where to look. How many there
	 * are ({@code total}) and the first {@code $first} of them ({@code actions}) from one walk: a briefing is read, and
	 * printed, and 280 rows were most of its answer.
	 */
	static final String BRIEFING_OPEN_ACTIONS = """
			MATCH (row:__MeetingLedger {country: $country})
			USING INDEX row:__MeetingLedger(country, openActions)
			WHERE row.openActions > 0 AND row.concerns
			MATCH (c:Country {iso2: $country})
			MATCH (e:Engagement {code: row.meeting})<-[:FROM]-(action:Action {status: 'OPEN'})
			WHERE %s
			WITH DISTINCT action ORDER BY action.due, action.code
			WITH collect(action) AS actions
			RETURN size(actions) AS total, actions[0..$first] AS actions
			""".formatted(LeverageQueries.openActionOf("c"));

	/** Question 4's results to raise as a list of pages (one order: oldest result first). */
	static ListQuery.Pages briefingResults() {
		return ListQuery.Pages.of(BRIEFING_RESULTS, COUNT_BRIEFING_RESULTS);
	}

	/**
	 * Question 5: the results never raised at a held meeting the department attended (itself or through a unit), in
	 * one country or all, in the order asked, after the cursor; with how many held meetings the reader may see raised
	 * them without it. No index holds a department's fact (there is one per department), so the page is an ordered
	 * walk of the rows, of the country or of all countries, in the order asked, that stops when the page is full.
	 */
	static String disseminationGaps(Fact fact, boolean oneCountry, boolean byCode, boolean descending) {
		String order = byCode ? "row.key" : "row.achievedOn";
		String direction = descending ? " DESC" : "";
		var scope = oneCountry ? new String[] {"country", "kind"} : new String[] {"kind"};
		var walk = OrderedWalk.of(descending, byCode ? append(scope, "key") : append(scope, "achievedOn", "key"));
		return """
				MATCH (row:__RaisableLedger {kind: 'Result'})
				%6$s
				WHERE %7$s row.key IS NOT NULL AND row.achievedOn IS NOT NULL AND %1$s = %2$s
				  AND ($cleared OR row.classification = 'UNCLASSIFIED') %5$s
				WITH row ORDER BY %8$s LIMIT $limit
				MATCH (result:Result {code: row.key})
				MATCH (country:Country {iso2: row.country})
				OPTIONAL MATCH (project:Project {code: row.project})
				RETURN %3$s AS sortValue, row.key AS key,
				       {result: result, project: project, country: country,
				        raisedWithoutDepartment: COUNT { (result)<-[:RAISED]-(e:Engagement {status: 'HELD'}) WHERE visible(e:Engagement) }} AS node
				ORDER BY sortValue%4$s, key%4$s
				""".formatted(fact.of("row"), NEVER, order, direction, after(byCode, descending), walk.hint(),
				oneCountry ? "row.country = $country AND" : "", walk.orderBy());
	}

	private static String[] append(String[] first, String... more) {
		var all = java.util.Arrays.copyOf(first, first.length + more.length);
		System.arraycopy(more, 0, all, first.length, more.length);
		return all;
	}

	/**
	 * How many results question 5 finds: the results of the country (or of every country) less those raised with
	 * the department, both from the countries' counters (the fact counts once a result is raised so).
	 */
	static String countDisseminationGaps(Fact fact) {
		return """
				OPTIONAL MATCH (counter:__CountryLedger)
				WHERE counter.country IS NOT NULL AND ($country IS NULL OR counter.country = $country)
				RETURN coalesce(sum(coalesce(counter.%1$s, 0) - %2$s), 0) AS total
				""".formatted(fact.results(), fact.countedBy("counter"));
	}

	/** Question 5 as a list of pages, with its total. */
	static ListQuery.Pages disseminationGaps(String department, boolean unclassifiedOnly, boolean oneCountry) {
		Fact fact = Fact.of("ANY", unclassifiedOnly, department);
		return new ListQuery.Pages() {
			@Override
			public String page(Ordering ordering, boolean afterCursor) {
				return disseminationGaps(fact, oneCountry, !"ACHIEVED_ON".equals(ordering.field()),
						ordering.descending());
			}

			@Override
			public String count() {
				return countDisseminationGaps(fact);
			}
		};
	}

	/**
	 * Question 7, the engagement side of each quarter, from the country's quarter counters: how many held meetings
	 * raised its results that quarter and how many citations they made, with the first {@code $meetingsPerQuarter}
	 * of those meetings in date order (a seek on the meeting rows of that quarter). {@code $u} is {@code 'U'} for a
	 * reader without clearance (Unclassified meetings only), empty otherwise. The meetings are the meeting nodes.
	 */
	static final String TD_QUARTERS = tdQuarters("""
			MATCH (meeting:Engagement {code: row.meeting})
			RETURN collect(meeting) AS meetings""");

	/**
	 * {@link #TD_QUARTERS} with each meeting as its row knows it, its code and date: all a timeline that lists
	 * meetings by code and date shows, without a seek and a whole node per meeting (200 for the busiest country).
	 */
	static final String TD_QUARTERS_FROM_ROWS = tdQuarters("RETURN collect({code: row.meeting, date: row.date}) AS meetings");

	private static String tdQuarters(String meetings) {
		return """
			MATCH (counter:__QuarterLedger {country: $country})
			WHERE counter.quarter IS NOT NULL AND coalesce(counter['raising' + $u], 0) > 0
			CALL (counter) {
			  MATCH (row:__MeetingLedger {country: $country, quarter: counter.quarter})
			  USING INDEX row:__MeetingLedger(country, quarter, date, meeting)
			  WHERE row.date IS NOT NULL AND row.meeting IS NOT NULL AND row.status = 'HELD' AND row.citations > 0 AND ($cleared OR row.unclassified)
			  WITH row ORDER BY row.country, row.quarter, row.date, row.meeting LIMIT $meetingsPerQuarter
			  %s
			}
			RETURN counter.quarter AS quarter, counter['raising' + $u] AS meetingCount,
			       coalesce(counter['citations' + $u], 0) AS citations, meetings
			ORDER BY quarter
			""".formatted(meetings.indent(2).strip());
	}

	/**
	 * Question 7's pivot: the first held meeting on the country's OTTAWA channel that raised one of its results, the
	 * country's meeting rows walked in date order until one is found: the meeting node.
	 */
	static final String FIRST_OTTAWA_LEVERAGING = firstOttawaLeveraging("""
			MATCH (meeting:Engagement {code: row.meeting})
			RETURN meeting""");

	/** {@link #FIRST_OTTAWA_LEVERAGING} as its row knows it (see {@link #TD_QUARTERS_FROM_ROWS}). */
	static final String FIRST_OTTAWA_LEVERAGING_FROM_ROWS = firstOttawaLeveraging(
			"RETURN {code: row.meeting, date: row.date} AS meeting");

	private static String firstOttawaLeveraging(String meeting) {
		return """
			MATCH (row:__MeetingLedger {country: $country, status: 'HELD'})
			USING INDEX row:__MeetingLedger(country, status, date, meeting)
			WHERE row.meeting IS NOT NULL AND row.date IS NOT NULL AND row.citations > 0 AND 'OTTAWA' IN row.channels AND ($cleared OR row.unclassified)
			WITH row ORDER BY row.country, row.status, row.date, row.meeting LIMIT 1
			%s
			""".formatted(meeting);
	}

	/**
	 * Question 7 in one statement: the country, its TD statistics ({@link LeverageQueries#TD_STATISTICS}), the engagement
	 * side of each quarter ({@link #TD_QUARTERS}) and the first Ottawa leveraging ({@link #FIRST_OTTAWA_LEVERAGING}),
	 * each gathered into a list (a part that finds nothing is an empty list, never a missing row). Four statements were
	 * four round trips and transactions, a fifth of the answer's time at scale L. The controller orders the quarters.
	 */
	static final String TD_TIMELINE = tdTimeline(TD_QUARTERS, FIRST_OTTAWA_LEVERAGING);

	/**
	 * {@link #TD_TIMELINE} with the meetings as their rows know them, code and date
	 * ({@link #TD_QUARTERS_FROM_ROWS}, {@link #FIRST_OTTAWA_LEVERAGING_FROM_ROWS}): the statement when the client asks
	 * nothing else of them.
	 */
	static final String TD_TIMELINE_FROM_ROWS = tdTimeline(TD_QUARTERS_FROM_ROWS, FIRST_OTTAWA_LEVERAGING_FROM_ROWS);

	private static String tdTimeline(String quarters, String first) {
		return """
			MATCH (country:Country {iso2: $country})
			CALL () {
			  CALL () {
			    %s
			  }
			  RETURN collect(stat) AS stats
			}
			CALL () {
			  CALL () {
			    %s
			  }
			  RETURN collect({quarter: quarter, meetingCount: meetingCount, citations: citations, meetings: meetings}) AS quarters
			}
			CALL () {
			  CALL () {
			    %s
			  }
			  RETURN collect(meeting) AS firsts
			}
			RETURN country, stats, quarters, firsts[0] AS first
			""".formatted(LeverageQueries.TD_STATISTICS.indent(4).strip(), quarters.indent(4).strip(),
				first.indent(4).strip());
	}
}
