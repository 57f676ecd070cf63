package org.hjp.workbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hjp.workbench.core.persistence.PartnershipFormat;
import org.hjp.workbench.export.Exporter;

/**
 * The files an export would write, checked before anything is written: an export never writes over one of the files
 * being exported or over a partnership file, two inputs never write to one file, and an existing file is replaced
 * only when the user says {@code --force}. An input refused for any of these is reported and the others go on.
 */
final class ExportTargets {

	private final Exporter exporter;
	private final Path folder;
	private final List<Path> inputs;
	private final boolean force;

	ExportTargets(Exporter exporter, Path folder, List<Path> inputs, boolean force) {
		this.exporter = exporter;
		this.folder = folder;
		this.inputs = inputs;
		this.force = force;
	}

	/** The file's name without its extension, which an export's files are named after. */
	static String baseName(Path file) {
		String name = file.getFileName().toString();
		return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
	}

	/** The inputs that may be exported; each other one is reported to {@code batch} with the reason. */
	List<Path> allowed(BatchReader batch) {
		Map<Path, Path> planned = new HashMap<>();
		List<Path> allowed = new ArrayList<>();
		for (Path input : inputs) {
			List<Path> outputs = exporter.files(folder, baseName(input));
			String refusal = refusal(outputs, planned);
			if (refusal == null) {
				outputs.forEach(output -> planned.put(key(output), input));
				allowed.add(input);
			} else {
				batch.fail(input, refusal);
			}
		}
		return allowed;
	}

	/** Why an input whose export would write {@code outputs} may not be exported, or null when it may. */
	private String refusal(List<Path> outputs, Map<Path, Path> planned) {
		for (Path output : outputs) {
			if (inputs.stream().anyMatch(other -> same(other, output))) {
				return "exporting it would write over " + output + ", one of the files being exported; export to another folder.";
			}
			if (isPartnership(output) && Files.exists(output)) {
				return "exporting it would replace the partnership file " + output + "; export to another folder.";
			}
			Path earlier = planned.get(key(output));
			if (earlier != null) {
				return "its export would have the same name as that of " + earlier + " (" + output + "); export them to different folders.";
			}
			if (!force && Files.exists(output)) {
				return output + " already exists; give --force to replace it.";
			}
		}
		return null;
	}

	private static boolean isPartnership(Path file) {
		String name = file.getFileName().toString().toLowerCase();
		return name.endsWith("." + PartnershipFormat.FILE_EXTENSION) || name.endsWith("." + PartnershipFormat.FILE_EXTENSION + ".bak");
	}

	private static boolean same(Path a, Path b) {
		if (key(a).equals(key(b))) {
			return true;
		}
		try {
			return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
		} catch (IOException e) {
			return false;
		}
	}

	private static Path key(Path path) {
		return path.toAbsolutePath().normalize();
	}
}
