package ca.engagementgraph.api;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Dashboards send the same documents again and again: each is parsed and validated once, failures every time. */
class ParsedDocumentsTest {

	private final ParsedDocuments documents = new ParsedDocuments();

	private final AtomicInteger parses = new AtomicInteger();

	private PreparsedDocumentEntry ask(String query) {
		return documents.getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), input -> {
			parses.incrementAndGet();
			return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
		}).join();
	}

	@Test
	void aDocumentSentAgainIsNotParsedAgain() {
		var first = ask("{ countries { totalCount } }");
		var again = ask("{ countries { totalCount } }");
		ask("{ missions { totalCount } }");
		assertThat(again.getDocument()).isSameAs(first.getDocument());
		assertThat(parses).hasValue(2);
	}

	@Test
	void aDocumentThatFailedIsCheckedAgainEachTime() {
		for (int i = 0; i < 3; i++) {
			documents.getDocumentAsync(ExecutionInput.newExecutionInput("{ nope }").build(), input -> {
				parses.incrementAndGet();
				return new PreparsedDocumentEntry(List.of(GraphqlErrorBuilder.newError().message("no field nope").build()));
			}).join();
		}
		assertThat(parses).hasValue(3);
		assertThat(documents.remembered()).isZero();
	}

	@Test
	void aVeryLargeDocumentIsNotRemembered() {
		String large = "{ countries { totalCount } }" + " ".repeat(ParsedDocuments.LARGEST_REMEMBERED);
		ask(large);
		ask(large);
		assertThat(parses).hasValue(2);
	}
}
