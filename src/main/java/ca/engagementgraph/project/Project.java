package ca.engagementgraph.project;

import java.time.LocalDate;

import ca.engagementgraph.model.ProjectStatus;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A capacity-building project funded by an envelope. {@code status} is the IATI ActivityStatus code. */
@Node("Project")
public record Project(@Id String code, String titleEn, String titleFr, Long status, LocalDate start, LocalDate end,
		Long fundingCad, Long version) {

	/** Projects under $250,000 are small; the envelope's large projects run from $250,000 to $3M. */
	public static final long SMALL_PROJECT_CEILING_CAD = 250_000;

	public String sizeClass() {
		return fundingCad < SMALL_PROJECT_CEILING_CAD ? "SMALL" : "LARGE";
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
