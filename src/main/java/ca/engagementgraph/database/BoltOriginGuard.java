package ca.engagementgraph.database;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.connection.Connection;
import org.neo4j.bolt.protocol.common.connector.listener.ConnectorListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps web pages off the Bolt port. Neo4j's Bolt connector also speaks Bolt over WebSocket: a connection that
 * starts with {@code GET } is answered as an HTTP upgrade, whatever page asked for it, and Neo4j has no setting to
 * check the page's origin. A browser always names that origin in the handshake ({@code Origin}), so this guard,
 * placed first on every new Bolt connection, reads the HTTP head and closes the connection with a 403 when the
 * origin is not allowed. Plain Bolt (drivers, cypher-shell) and HTTP requests without an {@code Origin} (not sent by
 * a web page's script) pass through untouched.
 */
final class BoltOriginGuard implements ConnectorListener {

	private static final Logger log = LoggerFactory.getLogger(BoltOriginGuard.class);

	private static final byte[] HTTP_GET = "GET ".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] END_OF_HEAD = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
	/** Neo4j's own limit for a WebSocket handshake. */
	private static final int MAX_HEAD = 65_536;

	private final Predicate<String> allowedOrigin;

	private BoltOriginGuard(Predicate<String> allowedOrigin) {
		this.allowedOrigin = allowedOrigin;
	}

	/**
	 * Guards every Bolt connector of {@code server}. Connections accepted in the moment between the connector's
	 * start and this call (before the service's own driver exists) are closed, so none escapes the check.
	 */
	static void install(BoltServer server, Predicate<String> allowedOrigin) {
		var guard = new BoltOriginGuard(allowedOrigin);
		for (var connector : server.getConnectors()) {
			connector.registerListener(guard);
			connector.connectionRegistry().stopAll(Duration.ofSeconds(2));
		}
	}

	@Override
	public void onConnectionCreated(Connection connection) {
		connection.modifyPipeline(pipeline -> pipeline.addFirst("originGuard", new Handshake(allowedOrigin)));
	}

	/** Looks at the first bytes of one connection, then steps aside (or closes it). */
	private static final class Handshake extends ByteToMessageDecoder {

		private final Predicate<String> allowedOrigin;

		Handshake(Predicate<String> allowedOrigin) {
			this.allowedOrigin = allowedOrigin;
		}

		@Override
		protected void decode(ChannelHandlerContext context, ByteBuf in, List<Object> out) {
			int prefix = Math.min(in.readableBytes(), HTTP_GET.length);
			if (!startsWith(in, HTTP_GET, prefix)) {
				context.pipeline().remove(this); // not HTTP: Bolt's own handlers take it from here
				return;
			}
			if (prefix < HTTP_GET.length) {
				return; // wait for more
			}
			int end = indexOf(in, END_OF_HEAD);
			if (end < 0) {
				if (in.readableBytes() > MAX_HEAD) {
					refuse(context, in, "431 Request Header Fields Too Large", "The request head is too large.");
				}
				return;
			}
			String origin = origin(in.toString(in.readerIndex(), end - in.readerIndex(), StandardCharsets.ISO_8859_1));
			if (origin == null || allowedOrigin.test(origin)) {
				context.pipeline().remove(this);
				return;
			}
			log.warn("Refused a WebSocket/HTTP request to the Bolt port from origin {} (not the service's own, not in "
					+ "ALLOWED_ORIGINS)", origin.replaceAll("[^\\x20-\\x7e]", "?"));
			refuse(context, in, "403 Forbidden",
					"Web pages of this origin may not open the Bolt port. An operator can allow it with ALLOWED_ORIGINS.");
		}

		private static void refuse(ChannelHandlerContext context, ByteBuf in, String status, String message) {
			in.skipBytes(in.readableBytes());
			byte[] body = message.getBytes(StandardCharsets.UTF_8);
			String head = "HTTP/1.1 " + status + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
					+ body.length + "\r\nConnection: close\r\n\r\n";
			context.writeAndFlush(Unpooled.wrappedBuffer(head.getBytes(StandardCharsets.US_ASCII), body))
				.addListener(ChannelFutureListener.CLOSE);
		}

		private static String origin(String head) {
			for (String line : head.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("origin")) {
					return line.substring(colon + 1).strip();
				}
			}
			return null;
		}

		private static boolean startsWith(ByteBuf in, byte[] expected, int length) {
			for (int i = 0; i < length; i++) {
				if (in.getByte(in.readerIndex() + i) != expected[i]) {
					return false;
				}
			}
			return true;
		}

		private static int indexOf(ByteBuf in, byte[] needle) {
			int last = in.writerIndex() - needle.length;
			for (int i = in.readerIndex(); i <= last; i++) {
				if (startsWithAt(in, i, needle)) {
					return i;
				}
			}
			return -1;
		}

		private static boolean startsWithAt(ByteBuf in, int index, byte[] needle) {
			for (int j = 0; j < needle.length; j++) {
				if (in.getByte(index + j) != needle[j]) {
					return false;
				}
			}
			return true;
		}
	}
}
