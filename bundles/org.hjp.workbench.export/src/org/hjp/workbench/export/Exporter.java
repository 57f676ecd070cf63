package org.hjp.workbench.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * Writes a partnership in one format, offered as an OSGi service so that organisations can add formats of
 * their own. Every file is written atomically: a failed export leaves no half-written file behind.
 */
public interface Exporter {

	/** A short stable name used on the command line, e.g. {@code json}. */
	String id();

	/** What the user sees, e.g. "JSON (for other tools)". */
	String label();

	/** The files {@link #write} would write, so that the user can be asked before any is replaced. */
	List<Path> files(Path folder, String baseName);

	/**
	 * Writes the partnership held by {@code partnership} into {@code folder}, naming the files after
	 * {@code baseName}, and returns the files written.
	 */
	List<Path> write(Resource partnership, Path folder, String baseName) throws IOException;
}
