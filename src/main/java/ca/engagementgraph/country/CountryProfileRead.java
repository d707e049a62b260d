package ca.engagementgraph.country;

import ca.engagementgraph.api.Projected;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

/**
 * A country with everything a country page asks about it (its missions, projects, meetings...), read by one statement
 * where the fields under {@code country} would each run their own. Provided by the {@code profile} module, which knows
 * those fields' questions; {@code country} itself needs none of them.
 */
public interface CountryProfileRead {

	/** Whether the one statement answers everything the client asked under {@code country}. */
	boolean answers(DataFetchingEnvironment env);

	/** The country by ISO code (normalized) with what the client asked, or null when there is none it may see. */
	@Nullable Projected country(String code, DataFetchingEnvironment env);
}
