package ca.engagementgraph.api;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** A request makes the batch loaders its fields ask for, not the 70 the service has. */
class DataLoadersOnDemandTest {

	private final DataLoadersOnDemand loaders = new DataLoadersOnDemand();

	DataLoadersOnDemandTest() {
		loaders.<String, String>forName("missionsOfCountry")
			.registerBatchLoader((codes, env) -> Flux.fromIterable(codes).map(code -> "Embassy of " + code));
		loaders.<String, String>forName("projectsOfCountry")
			.registerBatchLoader((codes, env) -> Flux.fromIterable(codes).map(code -> "Projects of " + code));
		loaders.forTypePair(String.class, LocalDate.class)
			.registerBatchLoader((codes, env) -> Flux.fromIterable(codes).map(code -> LocalDate.of(2026, 1, 1)));
	}

	private DataLoadersOnDemand.OnDemand aRequest() {
		var registry = new DataLoadersOnDemand.OnDemand();
		loaders.registerDataLoaders(registry, GraphQLContext.newContext().build());
		return registry;
	}

	@Test
	void aRequestMakesOnlyTheLoadersItsFieldsAskFor() {
		var registry = aRequest();
		assertThat(registry.getKeys()).isEmpty();

		DataLoader<String, String> missions = registry.getDataLoader("missionsOfCountry");
		CompletableFuture<String> mission = missions.load("HT");
		registry.dispatchAll();

		assertThat(mission.join()).isEqualTo("Embassy of HT");
		assertThat(registry.getKeys()).containsExactly("missionsOfCountry");
		assertThat(registry.<String, String>getDataLoader("missionsOfCountry")).isSameAs(missions);
		assertThat(registry.<String, String>getDataLoader("noSuchLoader")).isNull();
	}

	@Test
	void aLoaderRegisteredByTypeIsFoundUnderItsValueTypesName() {
		assertThat(aRequest().<String, LocalDate>getDataLoader(LocalDate.class.getName())).isNotNull();
	}

	@Test
	void aLoaderAskedForByManyFieldsAtOnceIsMadeOnce() throws Exception {
		var registry = aRequest();
		var start = new CountDownLatch(1);
		List<CompletableFuture<DataLoader<Object, Object>>> asks = IntStream.range(0, 8)
			.mapToObj(i -> CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				return registry.getDataLoader("projectsOfCountry");
			}))
			.toList();
		start.countDown();
		var first = asks.getFirst().get();
		assertThat(asks).allSatisfy(ask -> assertThat(ask.get()).isNotNull().isSameAs(first));
		assertThat(registry.getKeys()).containsExactly("projectsOfCountry");
	}

	@Test
	void aCallerWithItsOwnRegistryGetsEveryLoaderAtOnce() {
		var registry = new DataLoaderRegistry();
		loaders.registerDataLoaders(registry, GraphQLContext.newContext().build());
		assertThat(registry.getKeys()).containsExactlyInAnyOrder("missionsOfCountry", "projectsOfCountry",
				LocalDate.class.getName());
	}

	@Test
	void aRegistrationLeftWithoutALoaderChangesNothing() {
		loaders.forName("neverRegistered");
		var registry = aRequest();
		assertThat(registry.<String, String>getDataLoader("neverRegistered")).isNull();
		assertThat(registry.<String, String>getDataLoader("missionsOfCountry")).isNotNull();
	}

	@Test
	void aNameTakenTwiceIsRefused() {
		loaders.<String, String>forName("missionsOfCountry").registerBatchLoader((codes, env) -> Flux.empty());
		assertThatIllegalStateException().isThrownBy(this::aRequest).withMessageContaining("missionsOfCountry");
	}

}
