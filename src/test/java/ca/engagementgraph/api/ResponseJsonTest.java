package ca.engagementgraph.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.http.MockHttpOutputMessage;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A GraphQL answer written by walking its tree is, byte for byte, the JSON Jackson writes for it. */
class ResponseJsonTest {

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final ResponseJson converter = new ResponseJson(mapper);

	@Test
	void anAnswerIsWrittenAsJacksonWritesIt() throws IOException {
		var row = new LinkedHashMap<String, Object>();
		row.put("country", Map.of("iso2", "HT", "name", "Haïti"));
		row.put("results", 12);
		row.put("raisedInOttawa", 0L);
		row.put("ottawaCoverage", 0.4166666666666667);
		row.put("share", 1.5f);
		row.put("budget", new BigDecimal("1250000.50"));
		row.put("large", new BigInteger("123456789012345678901234567890"));
		row.put("small", (short) 3);
		row.put("mentioned", true);
		row.put("summary", "Quoted \"text\", a tab\t, a newline\n, a backslash \\ and an emoji \uD83C\uDDED\uD83C\uDDF9");
		row.put("closedOn", null);
		row.put("byDepartment", List.of(Map.of("department", Map.of("code", "IRCC"), "raised", 3)));
		var rows = new ArrayList<Object>(List.of(row, row));
		rows.add(null);
		var answer = new LinkedHashMap<String, Object>();
		answer.put("data", Map.of("leveragingCoverage", rows));
		answer.put("errors", List.of(Map.of("message", "Field 'x' is undefined", "locations",
				List.of(Map.of("line", 1, "column", 3)), "path", Arrays.asList("a", 0, "b"))));
		// An extension may hold any object: the mapper writes it.
		answer.put("extensions", Map.of("asOf", LocalDate.of(2026, 12, 5), "cost", new Cost(42, "points")));

		assertThat(written(answer)).isEqualTo(mapper.writeValueAsString(answer));
	}

	@Test
	void aNameMetAgainIsWrittenAsTheFirstTime() throws IOException {
		Map<String, Object> answer = Map.of("data",
				Map.of("first", List.of(Map.of("code", "R-1")), "second", List.of(Map.of("code", "R-2"))));

		assertThat(written(answer)).isEqualTo(written(answer)).isEqualTo(mapper.writeValueAsString(answer));
	}

	@Test
	void anythingButAnAnswerIsLeftToJackson() throws IOException {
		var message = new MockHttpOutputMessage();
		converter.write(List.of(new Cost(1, "point")), MediaType.APPLICATION_JSON, message);

		assertThat(message.getBodyAsString(StandardCharsets.UTF_8)).isEqualTo("[{\"value\":1,\"unit\":\"point\"}]");
	}

	@Test
	void theAnswerCarriesTheMediaTypeAskedFor() throws IOException {
		var message = new MockHttpOutputMessage();
		converter.write(Map.of("data", Map.of()), MediaType.parseMediaType("application/graphql-response+json"), message);

		assertThat(message.getHeaders().getContentType()).hasToString("application/graphql-response+json");
		assertThat(message.getBodyAsString(StandardCharsets.UTF_8)).isEqualTo("{\"data\":{}}");
	}

	private String written(Map<String, Object> answer) throws IOException {
		var message = new MockHttpOutputMessage();
		converter.write(answer, MediaType.APPLICATION_JSON, message);
		return message.getBodyAsString(StandardCharsets.UTF_8);
	}

	record Cost(int value, String unit) {
	}
}
