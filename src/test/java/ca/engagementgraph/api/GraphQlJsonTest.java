package ca.engagementgraph.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.http.MockHttpOutputMessage;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** An answer written from its tree is byte for byte what Jackson's data binding wrote. */
class GraphQlJsonTest {

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void anAnswerIsWrittenExactlyAsDataBindingWroteIt() throws Exception {
		var row = new LinkedHashMap<String, Object>();
		row.put("iso2", "QM");
		row.put("name", "Québec \"quoted\" \u2028 \uD83C\uDF0D");
		row.put("results", 16508);
		row.put("total", 9_000_000_000L);
		row.put("coverage", 0.36860915919554155);
		row.put("ratio", 1.5f);
		row.put("small", (short) 3);
		row.put("exact", new BigDecimal("12.50"));
		row.put("big", new BigInteger("123456789012345678901234567890"));
		row.put("inCanada", true);
		row.put("closedOn", null);
		row.put("byDepartment", List.of(Map.of("department", Map.of("code", "CBSA"), "raised", 7302)));
		row.put("empty", new ArrayList<>());
		row.put("nested", Arrays.asList(null, List.of(), Map.of()));
		// Not a GraphQL value: left to data binding, as an extension put by a library could be.
		row.put("other", LocalDate.of(2026, 12, 4));
		var answer = new LinkedHashMap<String, Object>();
		answer.put("data", Map.of("leveragingCoverage", List.of(row)));
		answer.put("errors", List.of(Map.of("message", "x", "locations", List.of(Map.of("line", 1, "column", 2)))));

		var written = new MockHttpOutputMessage();
		new GraphQlJson.AnswerConverter(mapper).write(answer, MediaType.APPLICATION_JSON, written);

		assertThat(written.getBodyAsString()).isEqualTo(mapper.writeValueAsString(answer));
		assertThat(written.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
	}

	@Test
	void anAnswerAskedInAnotherCharsetIsLeftToDataBinding() throws Exception {
		var answer = Map.<String, Object>of("data", Map.of("name", "Québec"));
		var utf16 = new MediaType("application", "json", java.nio.charset.StandardCharsets.UTF_16BE);

		var written = new MockHttpOutputMessage();
		new GraphQlJson.AnswerConverter(mapper).write(answer, utf16, written);
		var byDataBinding = new MockHttpOutputMessage();
		new JacksonJsonHttpMessageConverter(mapper).write(answer, utf16, byDataBinding);

		assertThat(written.getBodyAsBytes()).isEqualTo(byDataBinding.getBodyAsBytes());
	}
}
