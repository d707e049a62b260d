package ca.engagementgraph.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The password of user {@code neo4j} on the embedded Bolt port. Bolt always asks for it: in the demo as well,
 * because any program on the machine, and any web page its user opens, can reach 127.0.0.1.
 *
 * <p>An operator sets it with {@code BOLT_PASSWORD}. Otherwise the demo generates one at its first start and keeps it
 * beside the data ({@value #FILE_NAME}, readable by its owner only), so it stays the same across restarts and a Bolt
 * client can be pointed at it; the ready message prints it. Outside the demo there is no generated password: the
 * operator must choose one.
 *
 * @param value  the password
 * @param source where it came from
 * @param file   the file holding a generated password (null when it came from BOLT_PASSWORD)
 */
record BoltPassword(String value, Source source, Path file) {

	static final String FILE_NAME = "bolt-password";

	/** Passwords an operator must not keep: the defaults people try first. */
	static final Set<String> DEFAULTS = Set.of("neo4j", "demo", "password", "changeme");

	/** Neo4j's own minimum length for a password. */
	static final int MINIMUM_LENGTH = 8;

	enum Source {
		/** BOLT_PASSWORD. */
		CONFIGURED,
		/** Generated at an earlier start, read from the data directory. */
		STORED,
		/** Generated at this start and written to the data directory. */
		GENERATED
	}

	@Override
	public String toString() {
		return "BoltPassword[" + source + "]"; // never the value, should the record reach a log line
	}

	/**
	 * The password to use: {@code configured} when not blank; otherwise, when {@code generateIfMissing} (the demo),
	 * the one kept in {@code dataDir}, generated now if there is none.
	 */
	static BoltPassword resolve(String configured, Path dataDir, boolean generateIfMissing) {
		if (!configured.isBlank()) {
			if (DEFAULTS.contains(configured) || configured.length() < MINIMUM_LENGTH) {
				throw new EmbeddedDatabaseUnavailableException(
						"BOLT_PASSWORD is a default or shorter than " + MINIMUM_LENGTH + " characters, so anyone could guess it.",
						"Set BOLT_PASSWORD to a password of your own (not neo4j, demo, password or changeme)"
								+ (generateIfMissing ? ", or unset it and the demo generates one." : "."),
						null);
			}
			return new BoltPassword(configured, Source.CONFIGURED, null);
		}
		if (!generateIfMissing) {
			throw new EmbeddedDatabaseUnavailableException(
					"Outside the demo profile the embedded database's Bolt port needs a password of your own.",
					"Set BOLT_PASSWORD (not a default such as neo4j or demo), or use an external database with NEO4J_URI.",
					null);
		}
		Path file = dataDir.resolve(FILE_NAME);
		try {
			if (Files.isRegularFile(file)) {
				String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
				if (stored.length() >= MINIMUM_LENGTH) {
					ownerOnly(file);
					return new BoltPassword(stored, Source.STORED, file);
				}
			}
			String generated = generate();
			write(file, generated);
			return new BoltPassword(generated, Source.GENERATED, file);
		}
		catch (IOException ex) {
			throw new EmbeddedDatabaseUnavailableException(
					"The Bolt password file " + file + " cannot be read or written (" + ex.getMessage() + ").",
					"Set DATA_DIR to a directory this user can write, or set BOLT_PASSWORD.", ex);
		}
	}

	/** 32 characters from a strong random source: 192 bits, URL-safe so it can be typed into any client. */
	static String generate() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static void write(Path file, String password) throws IOException {
		Files.createDirectories(file.getParent());
		Path temporary = file.resolveSibling(FILE_NAME + ".new");
		Files.deleteIfExists(temporary);
		if (posix()) {
			// Created owner-only from the start: the password is never readable by others, not even for a moment.
			Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		Files.writeString(temporary, password + System.lineSeparator(), StandardCharsets.UTF_8);
		ownerOnly(temporary);
		Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private static void ownerOnly(Path file) throws IOException {
		if (posix()) {
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
		else {
			var asFile = file.toFile();
			asFile.setReadable(false, false);
			asFile.setReadable(true, true);
			asFile.setWritable(false, false);
			asFile.setWritable(true, true);
		}
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}
}
