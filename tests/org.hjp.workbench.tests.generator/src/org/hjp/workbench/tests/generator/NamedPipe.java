package org.hjp.workbench.tests.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A named pipe (FIFO): opening it for reading waits until someone writes, so code that opens it hangs. */
public final class NamedPipe {

	private NamedPipe() {
	}

	public static Path make(Path path) throws IOException {
		Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
		try {
			if (!mkfifo.waitFor(30, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
				throw new IOException("mkfifo " + path + " failed: " + new String(mkfifo.getInputStream().readAllBytes()).strip());
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("mkfifo was interrupted", e);
		}
		return path;
	}
}
