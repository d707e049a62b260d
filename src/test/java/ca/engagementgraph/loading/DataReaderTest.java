package ca.engagementgraph.loading;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import ca.engagementgraph.model.GraphModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Data files are checked against the model before anything is written, and every problem is located. */
class DataReaderTest {

	private final DataReader reader = new DataReader(GraphModel.get());

	@Test
	void readsPropertiesWithTheirTypesAndRelationshipsInBothReferenceForms() {
		var data = reader.read(List.of(
				file("countries.json", """
						{"label": "Country", "records": [
						  {"iso2": "QM", "iso3": "QMA", "nameEn": "Qumaria", "nameFr": "Qumarie", "region": "AFRICA"}]}
						"""),
				file("departments.json", """
						{"label": "Department", "records": [{"code": "CBSA", "nameEn": "Border", "nameFr": "Frontière"}]}
						"""),
				file("missions.json", """
						{"label": "Mission", "records": [{"code": "QM-OTT", "nameEn": "Embassy", "nameFr": "Ambassade",
						  "kind": "EMBASSY", "city": "Ottawa", "REPRESENTS": "QM"}]}
						"""),
				file("engagements.json", """
						{"label": "Engagement", "records": [{"code": "E1", "date": "2024-05-02", "status": "HELD",
						  "kind": "HEAD_OF_MISSION_MEETING", "setting": "OTTAWA", "level": "DG",
						  "summaryEn": "Met", "summaryFr": "Rencontre",
						  "WITH": {"Mission": "QM-OTT"}, "ATTENDED_BY": [{"Department": "CBSA", "lead": true}]}]}
						""")));

		assertThat(data.nodes()).hasSize(4);
		var engagement = data.nodes().stream().filter(n -> n.label().equals("Engagement")).findFirst().orElseThrow();
		assertThat(engagement.properties()).containsEntry("date", LocalDate.of(2024, 5, 2));
		assertThat(data.relationships()).extracting(r -> r.fromKey() + "-" + r.spec().type() + "->" + r.toKey())
			.containsExactlyInAnyOrder("QM-OTT-REPRESENTS->QM", "E1-WITH->QM-OTT", "E1-ATTENDED_BY->CBSA");
		assertThat(data.relationships()).filteredOn(r -> r.spec().type().equals("ATTENDED_BY"))
			.singleElement().satisfies(r -> assertThat(r.properties()).containsEntry("lead", true));
	}

	@Test
	void holdsRoleIsWrittenOnThePlanButRunsFromTheDepartment() {
		var data = reader.read(List.of(
				file("departments.json", """
						{"label": "Department", "records": [{"code": "GAC", "nameEn": "GAC", "nameFr": "AMC"}]}
						"""),
				file("plans.json", """
						{"label": "EngagementPlan", "records": [{"code": "P1", "approvedOn": "2020-06-01",
						  "escalationStage": 0, "HOLDS_ROLE": [{"Department": "GAC", "role": "LEVERAGE"}]}]}
						""")));
		assertThat(data.relationships()).singleElement().satisfies(r -> {
			assertThat(r.fromLabel()).isEqualTo("Department");
			assertThat(r.toLabel()).isEqualTo("EngagementPlan");
			assertThat(r.properties()).containsEntry("role", "LEVERAGE");
		});
	}

	@Test
	void reportsEveryProblemWithFileRecordFieldAndReason() {
		var problems = catchThrowableOfType(InvalidDataException.class, () -> reader.read(List.of(
				file("countries.json", """
						{"label": "Country", "records": [
						  {"iso2": "QM", "iso3": "QMA", "nameEn": "Qumaria", "nameFr": "Qumarie", "region": "ATLANTIS"},
						  {"iso2": "QM", "iso3": "QMB", "nameEn": "Again", "nameFr": "Encore", "region": "AFRICA"},
						  {"iso2": "QN", "iso3": "QNA", "nameEn": "N", "nameFr": "N", "region": "ASIA", "colour": "red"}]}
						"""),
				file("projects.json", """
						{"label": "Project", "records": [
						  {"code": "P1", "titleEn": "T", "titleFr": "T", "status": 2, "start": "2020-13-01",
						   "end": "2021-01-01", "fundingCad": "lots", "IN": "ZZ"}]}
						"""),
				file("broken.json", "{ not json"),
				file("unknown.json", """
						{"label": "Spaceship", "records": []}
						""")))).problems();

		assertThat(problems).extracting(DataProblem::toString).containsExactlyInAnyOrder(
				"countries.json, record 1, field 'region': 'ATLANTIS' is not one of [AFRICA, AMERICAS, ASIA, EUROPE, MIDDLE_EAST, OCEANIA]",
				"countries.json, record 2, field 'iso2': duplicate Country key 'QM'",
				"countries.json, record 3, field 'colour': 'colour' is neither a property nor a relationship of Country",
				"projects.json, record 1, field 'start': expected a date as YYYY-MM-DD, got \"2020-13-01\"",
				"projects.json, record 1, field 'fundingCad': expected a whole number, got \"lots\"",
				"projects.json, record 1, field 'IN': no Country with key 'ZZ'",
				"broken.json, record 0: not valid JSON: Unexpected character ('n' (code 110)): was expecting double-quote to start property name",
				"unknown.json, record 0, field 'label': unknown label 'Spaceship'");
	}

	@Test
	void aMissingRequiredPropertyIsAProblem() {
		var problems = catchThrowableOfType(InvalidDataException.class, () -> reader.read(List.of(file("d.json", """
				{"label": "Department", "records": [{"code": "IRB", "nameEn": "Board"}]}
				""")))).problems();
		assertThat(problems).extracting(DataProblem::toString)
			.containsExactly("d.json, record 1, field 'nameFr': required property is missing");
	}

	private static Loading.Input file(String name, String json) {
		return new Loading.Input(name, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}
}
