package ca.engagementgraph.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Assumptions;

/**
 * Makes a directory read-only for the user running the tests. Permissions do not stop root (CI runs as root here),
 * so as root the directory is also made immutable ({@code chattr +i}), which stops everyone; where neither works
 * the test is skipped and says why.
 */
final class ReadOnly {

	private ReadOnly() {
	}

	static void make(Path directory) throws IOException, InterruptedException {
		Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("r-xr-xr-x"));
		if (Files.isWritable(directory)) {
			chattr("+i", directory);
		}
		Assumptions.assumeFalse(Files.isWritable(directory),
				"this machine cannot make a directory read-only for this user (root without chattr)");
	}

	static void undo(Path directory) throws IOException, InterruptedException {
		chattr("-i", directory);
		Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	private static void chattr(String change, Path path) throws InterruptedException {
		try {
			new ProcessBuilder("chattr", change, path.toString()).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
		}
		catch (IOException ex) {
			// no chattr here: the permissions alone must do
		}
	}
}
