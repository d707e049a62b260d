package ca.engagementgraph;

import ca.engagementgraph.country.KnownCountries;
import ca.engagementgraph.department.KnownDepartments;
import ca.engagementgraph.api.read.GraphReader;
import org.mockito.Mockito;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The collaborators of the controllers in a {@link ControllerSliceTest}, as Mockito stubs. This is the one place
 * the suite stands in for the database, and only for the controllers' mapping and validation: no answer a slice
 * test checks comes from a stub's Cypher (it runs none). Tests reset them before each test, so the context stays
 * shared.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ControllerSliceStubs {

	@Bean
	GraphReader graphReader() {
		return Mockito.mock(GraphReader.class);
	}

	@Bean
	KnownCountries knownCountries() {
		return Mockito.mock(KnownCountries.class);
	}

	@Bean
	KnownDepartments knownDepartments() {
		return Mockito.mock(KnownDepartments.class);
	}

	@Bean
	Neo4jClient neo4jClient() {
		return Mockito.mock(Neo4jClient.class);
	}
}
