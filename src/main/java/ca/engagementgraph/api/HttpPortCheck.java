package ca.engagementgraph.api;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Finds a taken HTTP port before anything slow starts. The web server binds its port only once every bean is
 * ready, that is after the database has started, been migrated and (first time) seeded: without this check a port
 * held by another process is reported after all of that work, and after the seed was written into a new data folder.
 * Registered in {@code META-INF/spring.factories}; it looks only at applications that run a web server (the command
 * line tools run none). The web server's own check remains, for a port taken in between.
 */
public class HttpPortCheck implements ApplicationListener<ApplicationPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationPreparedEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext) {
			check(event.getApplicationContext().getEnvironment());
		}
	}

	static void check(Environment environment) {
		int port = environment.getProperty("server.port", Integer.class, 8080);
		if (port <= 0) {
			return; // 0 picks a free port; a negative one runs no web server
		}
		String address = environment.getProperty("server.address");
		try (var socket = new ServerSocket()) {
			socket.setReuseAddress(true); // as the web server binds: a closing connection does not hold the port
			socket.bind(address == null || address.isBlank() ? new InetSocketAddress(port)
					: new InetSocketAddress(InetAddress.getByName(address), port));
		}
		catch (IOException ex) {
			throw new HttpPortUnavailableException(port, address, ex);
		}
	}
}
