package ca.engagementgraph.observability;

import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.observation.micrometer.ConnectionPoolMetricsHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Neo4j driver's connection pool as meters ({@code db.client.connection.count} by state idle/used,
 * {@code .max}, {@code .pending.requests}, {@code .timeouts}, after OpenTelemetry's database conventions). Spring
 * Boot hands the driver an observation provider; this handler, registered with the observation registry like any
 * handler bean, turns the pool's observations into gauges. The wait, create and use times come with the default
 * observation timers.
 */
@Configuration(proxyBeanMethods = false)
class DriverPoolMetrics {

	@Bean
	ConnectionPoolMetricsHandler driverConnectionPoolMetrics(MeterRegistry registry) {
		return new ConnectionPoolMetricsHandler(registry);
	}
}
