package org.hjp.workbench.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.core.persistence.PartnershipFileException;
import org.hjp.workbench.core.persistence.PartnershipFormat;
import org.hjp.workbench.core.persistence.PartnershipStore;

/** Reads a partnership from a partnership file or its JSON export, with one plain message when it cannot. */
public final class PartnershipReader {

	private PartnershipReader() {
	}

	public static boolean isJson(Path file) {
		return file.getFileName().toString().toLowerCase().endsWith("." + PartnershipJson.FILE_EXTENSION);
	}

	/** Whether the file is one this reader takes, by its name. */
	public static boolean isPartnership(Path file) {
		return isJson(file) || file.getFileName().toString().toLowerCase().endsWith("." + PartnershipFormat.FILE_EXTENSION);
	}

	/**
	 * The partnership in {@code file}. A JSON file becomes a partnership not yet saved as a partnership file
	 * (its resource is named after the file, with the partnership file's extension).
	 */
	public static Resource read(Path file) throws PartnershipFileException {
		if (!isJson(file)) {
			return new PartnershipStore().load(file);
		}
		PartnershipStore.checkReadable(file);
		String name = file.getFileName().toString();
		Path target = file.resolveSibling(name.substring(0, name.length() - 5) + "." + PartnershipFormat.FILE_EXTENSION);
		try (InputStream in = Files.newInputStream(file)) {
			return PartnershipJson.read(in, URI.createFileURI(target.toAbsolutePath().toString()));
		} catch (IOException e) {
			throw new PartnershipFileException(file, e.getMessage(), e);
		}
	}
}
