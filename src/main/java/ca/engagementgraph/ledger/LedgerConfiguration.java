package ca.engagementgraph.ledger;

import org.neo4j.graphdb.event.TransactionEventListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ledger's moving parts: on the embedded database, a commit hook that sees every change. */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

	@Bean
	TransactionEventListener<?> ledgerListener() {
		return new LedgerListener();
	}
}
