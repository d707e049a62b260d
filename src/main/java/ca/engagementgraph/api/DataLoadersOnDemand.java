package ca.engagementgraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The service's batch loaders, each made for a request only when one of its fields first asks for it. Spring makes
 * every registered data loader for every request (about 70 here), and graphql-java then dispatches each of them at
 * every level of the answer, whether the document uses it or not: 13 % of the CPU of a request that reads nothing
 * (JFR, the sign-in document at 1 client). Most dashboard documents use two or three.
 *
 * <p>Registrations are kept as Spring keeps them, one {@link DefaultBatchLoaderRegistry} per registration, so each
 * loader is still built by Spring (its Reactor adapter, the request's context handed to it). What changes is when:
 * over HTTP and WebSocket, requests get an {@link OnDemand} registry (this interceptor), which knows which
 * registration makes each loader and makes it on first use. Any other caller (the dashboard warm-up, tests that
 * execute documents directly) hands Spring's own registry and gets every loader at once, as before.
 */
@Component
class DataLoadersOnDemand implements BatchLoaderRegistry, WebGraphQlInterceptor {

	/** One Spring registry per registration, so that one loader can be made without the others. */
	private final List<DefaultBatchLoaderRegistry> registrations = new CopyOnWriteArrayList<>();

	/** Each loader's registration by name, and how many registrations that was learnt from (see {@link #named()}). */
	private record Named(int from, Map<String, DefaultBatchLoaderRegistry> byName) {
	}

	private volatile Named named = new Named(0, Map.of());

	@Override
	public <K, V> RegistrationSpec<K, V> forTypePair(Class<K> keyType, Class<V> valueType) {
		return added().forTypePair(keyType, valueType);
	}

	@Override
	public <K, V> RegistrationSpec<K, V> forName(String name) {
		return added().forName(name);
	}

	private DefaultBatchLoaderRegistry added() {
		var registration = new DefaultBatchLoaderRegistry();
		registrations.add(registration);
		return registration;
	}

	@Override
	public void registerDataLoaders(DataLoaderRegistry registry, GraphQLContext context) {
		if (registry instanceof OnDemand onDemand) {
			onDemand.recipes = named();
			onDemand.context = context;
		}
		else {
			registrations.forEach(registration -> registration.registerDataLoaders(registry, context));
		}
	}

	/**
	 * The loaders by name. A registration's name is known only once its loader is registered (a type pair may be named
	 * after its value type), so it is read by making the loader once, outside any request. Registrations are all made
	 * while the service starts; the map is rebuilt should one come later.
	 */
	private Map<String, DefaultBatchLoaderRegistry> named() {
		Named known = named;
		if (known.from() != registrations.size()) {
			List<DefaultBatchLoaderRegistry> now = List.copyOf(registrations);
			var names = new HashMap<String, DefaultBatchLoaderRegistry>();
			for (var registration : now) {
				var probe = new DataLoaderRegistry();
				registration.registerDataLoaders(probe, GraphQLContext.newContext().build());
				for (String name : probe.getKeys()) {
					if (names.put(name, registration) != null) {
						throw new IllegalStateException("More than one data loader named '" + name + "'");
					}
				}
			}
			known = new Named(now.size(), Map.copyOf(names));
			named = known;
		}
		return known.byName();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		request.configureExecutionInput((input, builder) -> builder.dataLoaderRegistry(new OnDemand()).build());
		return chain.next(request);
	}

	/**
	 * A request's data loaders, each made when first asked for by name. graphql-java asks by name for a loader
	 * ({@code DataFetchingEnvironment.getDataLoader}) and dispatches the ones made ({@link #dispatchAll()}, over
	 * {@link #getDataLoaders()}), so a loader no field asked for is never made nor dispatched.
	 */
	static final class OnDemand extends DataLoaderRegistry {

		private Map<String, DefaultBatchLoaderRegistry> recipes = Map.of();

		private GraphQLContext context = GraphQLContext.getDefault();

		/** The loader being made, while Spring's registration asks for its name to refuse a duplicate. */
		private @Nullable String making;

		@Override
		public <K, V> @Nullable DataLoader<K, V> getDataLoader(String key) {
			DataLoader<K, V> made = super.getDataLoader(key);
			if (made != null) {
				return made;
			}
			// Fields of one request may ask from several threads: a loader is made once, by the first.
			synchronized (this) {
				made = super.getDataLoader(key);
				DefaultBatchLoaderRegistry recipe = recipes.get(key);
				if (made != null || making != null || recipe == null) {
					return made;
				}
				making = key;
				try {
					recipe.registerDataLoaders(this, context);
				}
				finally {
					making = null;
				}
				return super.getDataLoader(key);
			}
		}

	}

}
