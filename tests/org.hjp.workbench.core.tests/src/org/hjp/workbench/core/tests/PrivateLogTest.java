package org.hjp.workbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.eclipse.core.runtime.Platform;
import org.hjp.workbench.core.persistence.PrivateLog;
import org.junit.jupiter.api.Test;

/** The platform's log, where what went wrong with a partnership can end up, is kept to its owner. */
class PrivateLogTest {

	@Test
	void theLogsFolderIsTheOwnersAlone() throws Exception {
		Path folder = Platform.getLogFileLocation().toPath().getParent();
		Files.createDirectories(folder);
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));

		PrivateLog.restrict();

		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
	}
}
