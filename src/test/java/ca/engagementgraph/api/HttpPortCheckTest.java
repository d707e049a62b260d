package ca.engagementgraph.api;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import ca.engagementgraph.EngagementGraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A taken HTTP port stops startup at once, with one sentence, before the database starts or the demo loads. */
class HttpPortCheckTest {

	@TempDir
	Path folder;

	@Test
	void aTakenHttpPortStopsStartupBeforeTheDatabaseStarts() throws IOException {
		Path dataDir = folder.resolve("data");
		try (var taken = new ServerSocket()) {
			taken.bind(new InetSocketAddress(0));
			int port = taken.getLocalPort();
			assertThatThrownBy(() -> new SpringApplicationBuilder(EngagementGraphApplication.class)
				.run("--server.port=" + port, "--engagement-graph.embedded.data-dir=" + dataDir,
						"--engagement-graph.embedded.bolt-port=0", "--logging.level.root=off"))
				.isInstanceOf(HttpPortUnavailableException.class)
				.hasMessage("The HTTP port " + port + " is already in use, so the service cannot listen on it; nothing was started.")
				.satisfies(failure -> assertThat(new HttpPortFailureAnalyzer().analyze(failure).getAction())
					.contains("SERVER_PORT"));
		}
		assertThat(dataDir).as("no database was started, nothing written").doesNotExist();
	}

	@Test
	void aFreePortOrOneTheSystemPicksPassesTheCheck() throws IOException {
		var environment = new MockEnvironment();
		environment.setProperty("server.port", "0");
		HttpPortCheck.check(environment);
		int free;
		try (var socket = new ServerSocket(0)) {
			free = socket.getLocalPort();
		}
		environment.setProperty("server.port", Integer.toString(free));
		HttpPortCheck.check(environment); // no exception
	}
}
