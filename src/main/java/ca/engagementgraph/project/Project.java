package ca.engagementgraph.project;

import java.time.LocalDate;

import ca.engagementgraph.model.ProjectStatus;
import ca.engagementgraph.model.DerivedConcepts;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A capacity-building project funded by an envelope. {@code status} is the IATI ActivityStatus code. */
@Node("Project")
public record Project(@Id String code, String titleEn, String titleFr, Long status, LocalDate start, LocalDate end,
		Long fundingCad, Long version) {

	/** SMALL or LARGE, by the model's one rule ({@link DerivedConcepts#sizeClassOf}). */
	public String sizeClass() {
		return DerivedConcepts.sizeClassOf(fundingCad);
	}

	public int statusCode() {
		return status.intValue();
	}

	public String statusName() {
		return statusName(status);
	}

	/** The IATI ActivityStatus name of a status code. */
	public static String statusName(long status) {
		return ProjectStatus.ofCode(status).name();
	}
}
