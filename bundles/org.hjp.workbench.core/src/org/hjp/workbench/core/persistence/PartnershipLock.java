package org.hjp.workbench.core.persistence;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * A note beside a partnership file ({@code .<name>.hjp.lock}) saying who has it open in a workbench, on which computer
 * and since when, so that a second workbench opening it (a colleague's, through a shared or synced folder) can say so
 * and offer to open it read-only. A note left by a workbench that stopped on this computer is recognised as stale.
 */
public final class PartnershipLock {

	/** Who holds a partnership open. */
	public record Holder(String user, String host, long pid, Instant since) {

		/** Whether this is the running workbench. */
		public boolean isThisProcess() {
			return pid == ProcessHandle.current().pid() && host.equals(thisHost());
		}

		/** Whether this note was left by a workbench on this computer that is no longer running. */
		boolean isStale() {
			return host.equals(thisHost()) && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
		}
	}

	private static final int MAX_NOTE_BYTES = 4096;

	private PartnershipLock() {
	}

	/** The note beside {@code file}. */
	public static Path of(Path file) {
		return file.resolveSibling("." + file.getFileName() + ".lock");
	}

	/** Who else has {@code file} open, if anyone: not this workbench, and not one that stopped without removing its note. */
	public static Optional<Holder> heldByOther(Path file) {
		return read(of(file)).filter(holder -> !holder.isThisProcess() && !holder.isStale());
	}

	/** Notes that this workbench has {@code file} open; a folder that cannot be written to simply keeps no note. */
	public static void take(Path file) {
		Holder me = new Holder(System.getProperty("user.name", "someone"), thisHost(), ProcessHandle.current().pid(), Instant.now());
		String note = String.join("\n", me.user(), me.host(), Long.toString(me.pid()), me.since().toString()) + "\n";
		try {
			AtomicFileWriter.write(of(file), out -> out.write(note.getBytes(StandardCharsets.UTF_8)), false);
		} catch (IOException e) {
			// A read-only folder: nobody can save there either, so there is nothing to warn about.
		}
	}

	/** Removes the note, if it is this workbench's. */
	public static void release(Path file) {
		Path lock = of(file);
		if (read(lock).filter(Holder::isThisProcess).isPresent()) {
			try {
				Files.deleteIfExists(lock);
			} catch (IOException e) {
				// Left behind, it is recognised as stale by the next workbench on this computer.
			}
		}
	}

	private static Optional<Holder> read(Path lock) {
		try {
			if (!Files.isRegularFile(lock) || Files.size(lock) > MAX_NOTE_BYTES) {
				return Optional.empty();
			}
			List<String> lines = Files.readAllLines(lock, StandardCharsets.UTF_8);
			if (lines.size() < 4) {
				return Optional.empty();
			}
			return Optional.of(new Holder(lines.get(0), lines.get(1), Long.parseLong(lines.get(2)), Instant.parse(lines.get(3))));
		} catch (IOException | NumberFormatException | DateTimeParseException e) {
			// No note, or not one a workbench wrote: nobody is known to hold the file.
			return Optional.empty();
		}
	}

	private static String thisHost() {
		return THIS_HOST;
	}

	/** The computer's name, read without asking a name server, which can take seconds where none answers. */
	private static final String THIS_HOST = hostName();

	private static String hostName() {
		String windows = System.getenv("COMPUTERNAME");
		if (windows != null && !windows.isBlank()) {
			return windows;
		}
		for (String file : List.of("/proc/sys/kernel/hostname", "/etc/hostname")) {
			try {
				String name = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
				if (!name.isEmpty()) {
					return name;
				}
			} catch (IOException | RuntimeException e) {
				// the next place is tried
			}
		}
		try {
			return InetAddress.getLocalHost().getHostName();
		} catch (IOException e) {
			return "this computer";
		}
	}
}
