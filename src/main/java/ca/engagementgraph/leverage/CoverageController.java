package ca.engagementgraph.leverage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ca.engagementgraph.api.AskedFields;
import ca.engagementgraph.api.Projected;
import ca.engagementgraph.country.Country;
import ca.engagementgraph.country.KnownCountries;
import ca.engagementgraph.department.Department;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.ListQuery;
import ca.engagementgraph.api.read.Parameters;
import ca.engagementgraph.api.read.Visibility;
import ca.engagementgraph.language.Language;
import ca.engagementgraph.project.Project;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Question 2: leveraging coverage per country or per project. */
@Controller
class CoverageController {

	/**
	 * Every field {@link LedgerQuestions#COVERAGE_ROWS} reads, by its path under {@code leveragingCoverage}: the
	 * dashboard's two coverage panels and the fields near them.
	 */
	static final Set<String> ROWS = AskedFields.paths(
			"", "country project results raisedAnywhere raisedInOttawa raisedInCountry neverRaisedInOttawa "
					+ "ottawaCoverage byDepartment",
			"country", "iso2 iso3 name nameEn nameFr region", "project", "code title titleEn titleFr",
			"byDepartment", "department raised", "byDepartment/department", "code name nameEn nameFr");

	private final GraphReader graph;
	private final KnownCountries countries;

	CoverageController(GraphReader graph, KnownCountries countries) {
		this.graph = graph;
		this.countries = countries;
	}

	/**
	 * The rows, as one record whose values the answer is completed from when the selection lies within {@link #ROWS},
	 * else as objects for the fields' own controllers.
	 */
	@QueryMapping
	List<?> leveragingCoverage(@Argument @Nullable String country, @Argument @Nullable String by,
			DataFetchingEnvironment env) {
		if (AskedFields.within(env, ROWS)) {
			boolean cleared = Visibility.cleared();
			var parameters = parameters(country, by, cleared);
			Set<Language> titles = titlesShown(env);
			parameters.put("titleEn", titles.contains(Language.EN));
			parameters.put("titleFr", titles.contains(Language.FR));
			return graph.plainRows(rowsStatement(by, country != null, cleared), parameters).stream()
				.findFirst()
				.map(CoverageController::projected)
				.orElse(List.of());
		}
		return rows(country, by);
	}

	/**
	 * The statement that reads the rows asked for: one country's projects and one country's row have statements of
	 * their own (the dashboard's panels, read most often); any other grouping is read by the general one.
	 */
	private static String rowsStatement(@Nullable String by, boolean oneCountry, boolean cleared) {
		if (oneCountry && "PROJECT".equals(by)) {
			return cleared ? LedgerQuestions.COUNTRY_PROJECT_ROWS_CLEARED : LedgerQuestions.COUNTRY_PROJECT_ROWS_UNCLASSIFIED;
		}
		if (oneCountry && "COUNTRY".equals(by)) {
			return cleared ? LedgerQuestions.COUNTRY_ROW_CLEARED : LedgerQuestions.COUNTRY_ROW_UNCLASSIFIED;
		}
		return cleared ? LedgerQuestions.COVERAGE_ROWS_CLEARED : LedgerQuestions.COVERAGE_ROWS_UNCLASSIFIED;
	}

	/** The rows as objects, for their fields' own controllers. */
	List<CoverageRow> rows(@Nullable String country, @Nullable String by) {
		return graph.rows(LedgerQuestions.COVERAGE, parameters(country, by, Visibility.cleared()),
				(row, nodes) -> new CoverageRow(nodes.map(Country.class, row.get("country")),
						row.get("project").isNull() ? null : nodes.map(Project.class, row.get("project")),
						row.get("results").asInt(), row.get("raisedAnywhere").asInt(), row.get("raisedInOttawa").asInt(),
						row.get("raisedInCountry").asInt(), byDepartment(row, nodes)));
	}

	private Map<String, Object> parameters(@Nullable String country, @Nullable String by, boolean cleared) {
		String iso2 = country == null ? null : countries.iso2Of(country, "country");
		// Read from the ledger's counters; a reader without clearance reads those of Unclassified results only.
		return new HashMap<>(Parameters.of("country", iso2, "by", by, "u", cleared ? "" : "U"));
	}

	/**
	 * The languages of the project titles the selection shows: {@code titleEn}, {@code titleFr}, and {@code title} in
	 * the language its {@code lang} argument or else the request asks for ({@link Language#of}). Each title is a string
	 * of its own in the store, read and decoded for every one of a country's projects; the panel shows one.
	 */
	private static Set<Language> titlesShown(DataFetchingEnvironment env) {
		var languages = EnumSet.noneOf(Language.class);
		// The immediate fields, not a glob ("project/*"), which compiles a path matcher on every request.
		var projectFields = env.getSelectionSet()
			.getImmediateFields()
			.stream()
			.filter(field -> field.getName().equals("project"))
			.flatMap(project -> project.getSelectionSet().getImmediateFields().stream())
			.toList();
		for (SelectedField field : projectFields) {
			switch (field.getName()) {
				case "titleEn" -> languages.add(Language.EN);
				case "titleFr" -> languages.add(Language.FR);
				case "title" -> languages.add(Language.of(field.getArguments().get("lang"), env));
				default -> {
				}
			}
		}
		return languages;
	}

	/**
	 * The record's rows with the fields {@link CoverageRow} derives, each country and department one object. The
	 * record comes as plain values ({@link GraphReader#plainRows}): its thousands of counts are read once, not turned
	 * into the driver's values and back.
	 */
	private static List<Projected> projected(Map<String, Object> record) {
		List<Projected> departments = objects(record.get("departments"));
		var countriesByCode = new HashMap<Object, Projected>();
		for (Projected country : objects(record.get("countries"))) {
			countriesByCode.put(country.get("iso2"), country);
		}
		List<?> rows = (List<?>) record.get("rows");
		var projected = new ArrayList<Projected>(rows.size());
		for (Object each : rows) {
			List<?> row = (List<?>) each;
			int results = count(row, 4);
			int inOttawa = count(row, 6);
			List<?> raised = (List<?>) row.get(8);
			var byDepartment = new ArrayList<Projected>(departments.size());
			for (int i = 0; i < departments.size(); i++) {
				byDepartment.add(Projected.holding(Map.of("department", departments.get(i), "raised", count(raised, i))));
			}
			var fields = new LinkedHashMap<String, @Nullable Object>(16);
			fields.put("country", countriesByCode.get(row.get(0)));
			fields.put("project", row.get(1) == null ? null : project(row));
			fields.put("results", results);
			fields.put("raisedAnywhere", count(row, 5));
			fields.put("raisedInOttawa", inOttawa);
			fields.put("raisedInCountry", count(row, 7));
			fields.put("neverRaisedInOttawa", results - inOttawa);
			fields.put("ottawaCoverage", results == 0 ? null : (double) inOttawa / results);
			fields.put("byDepartment", byDepartment);
			projected.add(Projected.holding(fields));
		}
		return projected;
	}

	private static Projected project(List<?> row) {
		var project = new HashMap<String, @Nullable Object>(4);
		project.put("code", row.get(1));
		project.put("titleEn", row.get(2));
		project.put("titleFr", row.get(3));
		return Projected.holding(project);
	}

	@SuppressWarnings("unchecked")
	private static List<Projected> objects(Object maps) {
		return ((List<Map<String, ?>>) maps).stream().map(Projected::of).toList();
	}

	/** A count of a row; one its counter does not hold is zero. */
	private static int count(List<?> row, int index) {
		return row.get(index) instanceof Number number ? number.intValue() : 0;
	}

	/** The row's count per department, paired with the departments in the same (code) order. */
	private static List<DepartmentCoverage> byDepartment(Value row, ListQuery.NodeMapper nodes) {
		List<Value> departments = row.get("departments").asList(department -> department);
		List<Value> raised = row.get("raisedByDepartment").asList(count -> count);
		var coverage = new ArrayList<DepartmentCoverage>(departments.size());
		for (int i = 0; i < departments.size(); i++) {
			coverage.add(new DepartmentCoverage(nodes.map(Department.class, departments.get(i)), raised.get(i).asInt()));
		}
		return coverage;
	}
}
