package ca.engagementgraph.api;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A page's cursors are Spring's own, written without Spring's encoder: the same text, read back the same. */
class PageCursorsTest {

	private final PageCursors cursors = new PageCursors();

	private final CursorStrategy<ScrollPosition> spring = CursorStrategy.withEncoder(new ScrollPositionCursorStrategy(),
			CursorEncoder.base64());

	static Cursor[] positions() {
		return new Cursor[] { new Cursor("ACHIEVED_ON:ASC", LocalDate.of(2003, 6, 17), "A0-R014838"),
				new Cursor("CODE:DESC", "HT-P-0042", "HT-P-0042"), new Cursor("DAYS:ASC", 1_234L, "R-1"),
				new Cursor("SHARE:ASC", 0.25, "R-2"),
				new Cursor("NAME:ASC", "Côte d'Ivoire \"CI\" \\ tab\t line\n é ✓ \uD83C\uDDE8\uD83C\uDDEE", "CI") };
	}

	@ParameterizedTest
	@MethodSource("positions")
	void aCursorIsTheTextSpringWouldWrite(Cursor cursor) {
		ScrollPosition position = ScrollPosition.forward(cursor.keys());

		assertThat(cursors.toCursor(position)).isEqualTo(spring.toCursor(position));
	}

	@ParameterizedTest
	@MethodSource("positions")
	void aCursorReadsBackAsItsPosition(Cursor cursor) {
		ScrollPosition position = ScrollPosition.forward(cursor.keys());

		var read = (KeysetScrollPosition) cursors.fromCursor(cursors.toCursor(position));

		assertThat(Cursor.of(read.getKeys(), cursor.ordering())).isEqualTo(cursor);
	}

	@ParameterizedTest
	@MethodSource("positions")
	void aCursorOfAnotherServiceIsRefused(Cursor cursor) {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> cursors.fromCursor("not" + cursors.toCursor(ScrollPosition.forward(cursor.keys()))));
	}
}
