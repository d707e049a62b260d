package ca.engagementgraph.loading;

import java.util.List;
import java.util.stream.Collectors;

/** Input was refused; nothing was written. Carries every problem found, not just the first. */
public class InvalidDataException extends RuntimeException {

	private final List<DataProblem> problems;

	public InvalidDataException(List<DataProblem> problems) {
		super(problems.size() + " problem(s) in the data, nothing was written:\n"
				+ problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<DataProblem> problems() {
		return problems;
	}
}
