package org.hjp.workbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.hjp.workbench.core.validation.Problem;

/** How {@code hjp validate} writes the problems it finds, file by file; closing it ends the output. */
interface ProblemReport extends AutoCloseable {

	void file(Path file, List<Problem> problems) throws IOException;

	@Override
	void close() throws IOException;
}
