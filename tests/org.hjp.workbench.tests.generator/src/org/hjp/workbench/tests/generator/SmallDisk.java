package org.hjp.workbench.tests.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real, small file system (tmpfs) mounted for a test, which can be filled to the last byte or made read-only,
 * so that saving meets the operating system's own "No space left on device" and "Read-only file system".
 * Mounting needs root: {@link #available()} says whether this process can, and {@link #required()} whether this run
 * must (CI runs these tests in a step of their own as root, with {@code HJP_ROOT_TESTS=required}; the rest of the
 * tests run as an ordinary user, who skips them).
 */
public final class SmallDisk implements AutoCloseable {

	private static final String FILLER = "filler";

	private final Path root;

	private SmallDisk(Path root) {
		this.root = root;
	}

	/** Whether this process may mount file systems (it runs as root on Linux). */
	public static boolean available() {
		return System.getProperty("os.name", "").startsWith("Linux") && "root".equals(System.getProperty("user.name"));
	}

	/** Whether this run was asked to run the tests that need root, so that they fail rather than skip without it. */
	public static boolean required() {
		return "required".equals(System.getenv("HJP_ROOT_TESTS"));
	}

	/** Mounts a file system of {@code bytes} on {@code folder}, an empty folder. */
	public static SmallDisk mount(Path folder, long bytes) throws IOException {
		run("mount", "-t", "tmpfs", "-o", "size=" + bytes + ",mode=0755", "hjp-small-disk", folder.toString());
		return new SmallDisk(folder);
	}

	public Path root() {
		return root;
	}

	/** Writes a file that takes up every byte left, so that the next write fails for lack of space. */
	public void fill() throws IOException {
		byte[] block = new byte[4096];
		try (OutputStream out = Files.newOutputStream(root.resolve(FILLER))) {
			while (true) {
				out.write(block);
			}
		} catch (IOException full) {
			if (!String.valueOf(full.getMessage()).contains("No space left on device")) {
				throw full;
			}
		}
	}

	/** Frees the space {@link #fill()} took. */
	public void free() throws IOException {
		Files.deleteIfExists(root.resolve(FILLER));
	}

	/** Makes the whole file system read-only, as a write-protected stick or a share mounted read-only is. */
	public void makeReadOnly() throws IOException {
		run("mount", "-o", "remount,ro", root.toString());
	}

	/** The files in the folder, apart from the filler. */
	public List<String> files() throws IOException {
		try (var files = Files.list(root)) {
			return files.map(f -> f.getFileName().toString()).filter(f -> !f.equals(FILLER)).sorted().toList();
		}
	}

	@Override
	public void close() throws IOException {
		run("umount", "--lazy", root.toString());
	}

	private static void run(String... command) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException(String.join(" ", command) + " did not finish");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(String.join(" ", command) + " was interrupted", e);
		}
		if (process.exitValue() != 0) {
			String output = new String(process.getInputStream().readAllBytes());
			throw new IOException(String.join(" ", command) + " failed: " + output.strip());
		}
	}
}
