package org.hjp.workbench.core.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * Copies of unsaved changes, written now and then while a partnership is being edited, so that a crash loses
 * at most the last few seconds of work. The copy of {@code plan.hjp} is the hidden file {@code .plan.hjp.autosave}
 * beside it; it is removed when the partnership is saved or its changes are discarded.
 */
public final class Autosave {

	private Autosave() {
	}

	public static Path of(Path file) {
		return file.resolveSibling("." + file.getFileName() + ".autosave");
	}

	/** Writes the resource's current content as the autosave of {@code file}. */
	public static void write(Resource resource, Path file) throws IOException {
		AtomicFileWriter.writePrivately(of(file), out -> resource.save(out, PartnershipFormat.saveOptions()));
	}

	/** The autosave of {@code file}, if there is one written after the file itself was last saved. */
	public static Optional<Path> newerThan(Path file) throws IOException {
		Path autosave = of(file);
		if (!Files.isRegularFile(autosave)) {
			return Optional.empty();
		}
		FileTime saved = Files.exists(file) ? Files.getLastModifiedTime(file) : FileTime.fromMillis(0);
		return Files.getLastModifiedTime(autosave).compareTo(saved) > 0 ? Optional.of(autosave) : Optional.empty();
	}

	public static void discard(Path file) throws IOException {
		Files.deleteIfExists(of(file));
	}
}
