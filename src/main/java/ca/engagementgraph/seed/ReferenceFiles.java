package ca.engagementgraph.seed;

import java.time.LocalDate;

import ca.engagementgraph.loading.GraphData;
import ca.engagementgraph.loading.Loading;
import ca.engagementgraph.model.GraphModel;

/** The reference data of {@code seed/reference} (what every graph starts with), read and checked, for a bulk load. */
public final class ReferenceFiles {

	private ReferenceFiles() {
	}

	/**
	 * The reference records as data ready to write, checked against the model as the seed checks them.
	 *
	 * @throws ca.engagementgraph.loading.InvalidDataException when a file breaks the model
	 */
	public static GraphData read(LocalDate today) {
		return new Loading(GraphModel.get(), today, true).read(SeedData.resources("classpath*:seed/reference/*.json"));
	}
}
