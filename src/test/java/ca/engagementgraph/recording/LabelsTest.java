package ca.engagementgraph.recording;

import java.util.ArrayList;
import java.util.List;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.database.WriteTransactions;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A key a client wrote where several labels are possible is resolved to the same label inside a write (through the
 * database's API, in the write's transaction, where the embedded database runs in the process) as outside one (by a
 * statement): a counterpart as the mission, authority or organization it is, an attendee as the department or unit it
 * is, and an unknown key as the first candidate.
 */
@GraphIntegrationTest
class LabelsTest {

	private static final List<String> COUNTERPARTS = List.of("Mission", "Authority", "Organization");
	private static final List<String> ATTENDEES = List.of("Department", "Unit");

	@Autowired
	Labels labels;

	@Autowired
	WriteTransactions writes;

	@Autowired
	Driver driver;

	@Test
	void aKeyResolvesToItsOwnLabelInsideAWriteAsOutsideOne() {
		var cases = new ArrayList<Case>();
		for (String label : COUNTERPARTS) {
			cases.add(new Case(firstKey(label), COUNTERPARTS, label));
		}
		for (String label : ATTENDEES) {
			cases.add(new Case(firstKey(label), ATTENDEES, label));
		}
		cases.add(new Case("ZL-NOBODY", COUNTERPARTS, "Mission"));

		var outside = cases.stream().map(c -> labels.labelOf(c.key(), c.candidates())).toList();
		var inside = writes.request(tx -> cases.stream().map(c -> labels.labelOf(c.key(), c.candidates())).toList());

		assertThat(outside).containsExactlyElementsOf(cases.stream().map(Case::label).toList());
		assertThat(inside).containsExactlyElementsOf(outside);
	}

	private String firstKey(String label) {
		return driver.executableQuery("MATCH (n:`%s`) RETURN n.code AS code ORDER BY code LIMIT 1".formatted(label))
			.execute()
			.records()
			.getFirst()
			.get("code")
			.asString();
	}

	private record Case(String key, List<String> candidates, String label) {
	}
}
