package ca.engagementgraph.model;

/** An organization's IATI OrganisationType. The graph and the API carry the IATI {@link #code()} (an INTEGER). */
public enum OrganisationType implements IatiCode {
	GOVERNMENT(10), LOCAL_GOVERNMENT(11), OTHER_PUBLIC_SECTOR(15), INTERNATIONAL_NGO(21), NATIONAL_NGO(22),
	REGIONAL_NGO(23), PARTNER_COUNTRY_BASED_NGO(24), PUBLIC_PRIVATE_PARTNERSHIP(30), MULTILATERAL(40), FOUNDATION(60),
	PRIVATE_SECTOR(70), PRIVATE_SECTOR_IN_PROVIDER_COUNTRY(71), PRIVATE_SECTOR_IN_AID_RECIPIENT_COUNTRY(72),
	PRIVATE_SECTOR_IN_THIRD_COUNTRY(73), ACADEMIC_TRAINING_AND_RESEARCH(80), OTHER(90);

	private final int code;

	OrganisationType(int code) {
		this.code = code;
	}

	@Override
	public int code() {
		return code;
	}
}
