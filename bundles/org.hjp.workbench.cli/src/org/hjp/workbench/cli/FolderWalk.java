package org.hjp.workbench.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hjp.workbench.export.PartnershipReader;

/**
 * The partnership files in a folder and below it, in name order. A subfolder that cannot be read is reported to the
 * batch (so the run ends with the code for files that could not be read) and the rest is still listed.
 */
final class FolderWalk extends SimpleFileVisitor<Path> {

	private static final int MAX_DEPTH = 16;

	private final Path given;
	private final Path start;
	private final BatchReader batch;
	private final List<Path> found = new ArrayList<>();

	private FolderWalk(Path given, Path start, BatchReader batch) {
		this.given = given;
		this.start = start;
		this.batch = batch;
	}

	/** The partnership files under {@code folder}, named through it even when it is a link to the real folder. */
	static List<Path> partnerships(Path folder, BatchReader batch) {
		try {
			FolderWalk walk = new FolderWalk(folder, folder.toRealPath(), batch);
			Files.walkFileTree(walk.start, Set.of(), MAX_DEPTH, walk);
			return walk.found.stream().sorted().toList();
		} catch (IOException e) {
			batch.fail(folder, reason(e));
			return List.of();
		}
	}

	@Override
	public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
		// A link to a file counts as the file; links to folders are not followed, so a walk cannot go round in circles.
		boolean regular = attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file);
		if (regular && PartnershipReader.isPartnership(file)) {
			found.add(shown(file));
		}
		return FileVisitResult.CONTINUE;
	}

	@Override
	public FileVisitResult visitFileFailed(Path file, IOException failure) {
		batch.fail(shown(file), reason(failure));
		return FileVisitResult.CONTINUE;
	}

	@Override
	public FileVisitResult postVisitDirectory(Path folder, IOException failure) {
		if (failure != null) {
			batch.fail(shown(folder), reason(failure));
		}
		return FileVisitResult.CONTINUE;
	}

	private Path shown(Path path) {
		return given.resolve(start.relativize(path));
	}

	private static String reason(IOException failure) {
		if (failure instanceof AccessDeniedException) {
			return "this folder cannot be read (you do not have permission); the partnerships in it were left out.";
		}
		if (failure instanceof FileSystemLoopException) {
			return "this folder leads back to one it is in; it was left out.";
		}
		return "it could not be read (" + failure.getMessage() + "); it was left out.";
	}
}
