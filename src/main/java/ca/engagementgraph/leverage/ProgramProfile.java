package ca.engagementgraph.leverage;

import java.util.List;

import ca.engagementgraph.partner.Organization;
import ca.engagementgraph.program.PriorityArea;
import org.jspecify.annotations.Nullable;

/** What the envelope funded, cut five ways. */
public record ProgramProfile(long projects, long fundingCad, List<PriorityAreaProfile> byPriorityArea,
		@Nullable List<DesignationProfile> byDesignation, List<PartnerProfile> byPartner, List<StatusProfile> byStatus,
		List<SizeClassProfile> bySizeClass) {

	public record PriorityAreaProfile(PriorityArea priorityArea, long projects, long fundingCad) {
	}

	public record DesignationProfile(String designation, long projects, long fundingCad) {
	}

	public record PartnerProfile(Organization partner, long projects, long fundingCad) {
	}

	public record StatusProfile(String status, long projects, long fundingCad) {
	}

	public record SizeClassProfile(String sizeClass, long projects, long fundingCad) {
	}
}
