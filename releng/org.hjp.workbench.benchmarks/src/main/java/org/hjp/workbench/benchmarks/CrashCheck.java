package org.hjp.workbench.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hjp.workbench.core.persistence.AtomicFileWriter;
import org.hjp.workbench.core.persistence.PartnershipFileException;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.model.Partnership;

/**
 * After the product was killed while saving in a loop (the save-loop step of tests/org.hjp.workbench.e2e), checks
 * the file and its backup: the file must open and hold the last save that finished or the one under way; the
 * backup must open and hold the version before the file's, or the file's own (when the kill came between
 * keeping the backup and the rename). Prints "ok" and what it found, or "LOST" and why.
 * Arguments: file, progress file, name of the partnership before the first save.
 */
public final class CrashCheck {

	private CrashCheck() {
	}

	public static void main(String[] args) throws IOException {
		Workbench.registerPackages();
		Path file = Path.of(args[0]);
		List<String> progress = Files.exists(Path.of(args[1])) ? Files.readAllLines(Path.of(args[1])) : List.of();
		String original = args[2];
		int done = last(progress, "done ");
		int begun = last(progress, "begin ");
		String verdict;
		try {
			int fileVersion = version(name(file), original);
			if (fileVersion != done && fileVersion != begun) {
				verdict = "LOST the file holds save " + fileVersion + " but the last save done was " + done + " (begun " + begun + ")";
			} else {
				verdict = backupVerdict(file, fileVersion, original);
			}
		} catch (PartnershipFileException | IllegalArgumentException e) {
			verdict = "LOST " + e.getMessage();
		}
		System.out.println(verdict);
	}

	private static String backupVerdict(Path file, int fileVersion, String original) throws PartnershipFileException {
		Path backup = AtomicFileWriter.backupOf(file);
		if (!Files.exists(backup)) {
			return fileVersion == 0 ? "ok file " + fileVersion + ", no backup yet" : "LOST the backup is missing after save " + fileVersion;
		}
		int backupVersion = version(name(backup), original);
		if (backupVersion != fileVersion && backupVersion != fileVersion - 1) {
			return "LOST the backup holds save " + backupVersion + " beside the file's save " + fileVersion;
		}
		return "ok file " + fileVersion + ", backup " + backupVersion;
	}

	private static String name(Path file) throws PartnershipFileException {
		return ((Partnership) new PartnershipStore().load(file).getContents().get(0)).getName();
	}

	/** 0 for the partnership as it was before the first save, N for "Saved N". */
	private static int version(String name, String original) {
		if (name.equals(original)) {
			return 0;
		}
		if (name.startsWith("Saved ")) {
			return Integer.parseInt(name.substring(6));
		}
		throw new IllegalArgumentException("the file holds an unexpected name: " + name);
	}

	private static int last(List<String> progress, String prefix) {
		return progress.stream().filter(l -> l.startsWith(prefix)).mapToInt(l -> Integer.parseInt(l.substring(prefix.length()).trim()))
				.max().orElse(0);
	}
}
