package ca.engagementgraph.synthetic;

import java.util.Locale;

/**
 * The named sizes of a synthetic graph. {@code S} is about the demo's size; {@code M} and {@code L} are a
 * department-wide deployment after many years (issue 7). Other record counts (missions, authorities, meetings'
 * attendance, raised results, TD statistics...) follow from these four.
 */
public enum Scale {

	S(10, 15, 60, 400),
	M(100, 2_000, 20_000, 200_000),
	L(200, 10_000, 100_000, 1_000_000);

	private final int countries;
	private final int projects;
	private final int results;
	private final int engagements;

	Scale(int countries, int projects, int results, int engagements) {
		this.countries = countries;
		this.projects = projects;
		this.results = results;
		this.engagements = engagements;
	}

	public int countries() {
		return countries;
	}

	public int projects() {
		return projects;
	}

	public int results() {
		return results;
	}

	public int engagements() {
		return engagements;
	}

	public static Scale parse(String name) {
		try {
			return valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Unknown scale '" + name + "': use S, M or L.");
		}
	}
}
