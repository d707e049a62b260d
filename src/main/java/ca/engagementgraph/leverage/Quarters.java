package ca.engagementgraph.leverage;

import java.time.LocalDate;

/** Calendar quarters written as {@code 2023-Q4}, the form TD statistics use. */
final class Quarters {

	private Quarters() {
	}

	static String of(LocalDate date) {
		return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
	}

	/** The quarter {@code offset} quarters after (negative: before) {@code quarter}. */
	static String shift(String quarter, int offset) {
		int index = Integer.parseInt(quarter.substring(0, 4)) * 4 + (quarter.charAt(6) - '1') + offset;
		return Math.floorDiv(index, 4) + "-Q" + (Math.floorMod(index, 4) + 1);
	}
}
