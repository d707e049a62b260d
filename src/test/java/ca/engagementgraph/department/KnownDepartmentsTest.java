package ca.engagementgraph.department;

import ca.engagementgraph.CypherStatements;
import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.api.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@GraphIntegrationTest
class KnownDepartmentsTest {

	@Autowired
	KnownDepartments departments;

	@Autowired
	Driver driver;

	@Test
	void aKnownDepartmentIsCheckedWithoutAStatementOnceRemembered() {
		departments.require("CBSA", "attendedBy");
		assertThat(CypherStatements.during(() -> departments.require("GAC", "attendedBy"))).isEmpty();
	}

	@Test
	void anUnknownDepartmentIsRefusedWithTheKnownOnes() {
		assertThatThrownBy(() -> departments.require("XYZ", "attendedBy")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("XYZ")
			.hasMessageContaining("CBSA");
	}

	@Test
	void aDepartmentAddedAfterTheCodesWereRememberedIsFoundAtOnce() {
		departments.require("CBSA", "attendedBy");
		try (var session = driver.session()) {
			session.run("CREATE (:Department {code: $code, nameEn: $en, nameFr: $fr})",
					java.util.Map.of("code", "ZZTEST", "en", "Test department", "fr", "Ministère d'essai"))
				.consume();
			assertThat(departments.require("ZZTEST", "attendedBy")).isEqualTo("ZZTEST");
		}
		finally {
			try (var session = driver.session()) {
				session.run("MATCH (d:Department {code: 'ZZTEST'}) DETACH DELETE d").consume();
			}
		}
	}
}
