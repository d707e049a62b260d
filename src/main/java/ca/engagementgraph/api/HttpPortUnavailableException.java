package ca.engagementgraph.api;

/** The HTTP port is taken (or cannot be bound): startup stops before the database starts. */
class HttpPortUnavailableException extends RuntimeException {

	private final int port;

	HttpPortUnavailableException(int port, String address, Throwable cause) {
		super("The HTTP port " + port + (address == null || address.isBlank() ? "" : " on " + address)
				+ " is already in use, so the service cannot listen on it; nothing was started.", cause);
		this.port = port;
	}

	String remedy() {
		return "Stop the other process listening on port " + port + " (often another copy of this service), or set "
				+ "SERVER_PORT to a free port.";
	}
}
