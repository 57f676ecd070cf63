package org.hjp.workbench.packaging;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hjp.workbench.assessment.DefinitionReport;
import org.hjp.workbench.assessment.model.Instrument;

/**
 * The instrument definitions to pack, read from files and folders (a folder's own *.instrument files), each checked as
 * the workbench checks it when it installs a plug-in. Packing goes ahead only when there is no problem at all.
 */
public final class Definitions {

	static final String SUFFIX = ".instrument";

	/** A definition that can be used: its file name, its bytes as they will be packed, and its instrument. */
	public record Definition(String fileName, byte[] content, Instrument instrument) {
	}

	/** A problem of one file, with its line when known (0 when not). */
	public record Problem(String where, int line, String sentence) {
	}

	private final List<Definition> usable = new ArrayList<>();
	private final List<Problem> problems = new ArrayList<>();

	private Definitions() {
	}

	/** Reads every definition in {@code paths}: definition files, or folders holding them. */
	public static Definitions read(List<Path> paths) throws IOException {
		Definitions definitions = new Definitions();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				definitions.folder(path);
			} else if (Files.isRegularFile(path)) {
				definitions.file(path);
			} else {
				definitions.problems.add(new Problem(path.toString(), 0, "There is no such file or folder."));
			}
		}
		definitions.duplicates();
		if (definitions.usable.isEmpty() && definitions.problems.isEmpty()) {
			definitions.problems.add(new Problem(String.join(", ", paths.stream().map(Path::toString).toList()), 0,
					"No instrument definition was found: definition files end in " + SUFFIX + "."));
		}
		return definitions;
	}

	private void folder(Path folder) throws IOException {
		List<Path> files;
		try (Stream<Path> listed = Files.list(folder)) {
			files = listed.filter(file -> file.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(file)).sorted().toList();
		}
		if (files.isEmpty()) {
			problems.add(new Problem(folder.toString(), 0, "The folder holds no instrument definition: definition files end in " + SUFFIX + "."));
		}
		for (Path file : files) {
			file(file);
		}
	}

	private void file(Path file) throws IOException {
		String fileName = file.getFileName().toString();
		if (!fileName.endsWith(SUFFIX)) {
			problems.add(new Problem(file.toString(), 0, "An instrument definition's file name ends in " + SUFFIX + ", so that plug-ins and checks find it."));
			return;
		}
		byte[] content;
		try (InputStream in = Files.newInputStream(file)) {
			content = in.readNBytes(DefinitionReport.MAX_BYTES + 1);
		}
		DefinitionReport report = DefinitionReport.read(new ByteArrayInputStream(content), fileName);
		for (DefinitionReport.Problem problem : report.problems()) {
			problems.add(new Problem(file.toString(), problem.line(), problem.sentence()));
		}
		if (report.problems().isEmpty() && report.instrument().isPresent()) {
			usable.add(new Definition(fileName, content, report.instrument().get()));
		}
	}

	/** One plug-in cannot hold two files of one name, nor offer one instrument twice. */
	private void duplicates() {
		Map<String, Definition> byName = new HashMap<>();
		Map<String, Definition> byInstrument = new HashMap<>();
		for (Definition definition : List.copyOf(usable)) {
			Definition sameName = byName.putIfAbsent(definition.fileName(), definition);
			Definition sameInstrument = byInstrument.putIfAbsent(definition.instrument().getId(), definition);
			if (sameName != null) {
				problems.add(new Problem(definition.fileName(), 0, "Two definitions have the file name " + definition.fileName() + ": rename one."));
				usable.remove(definition);
			} else if (sameInstrument != null) {
				problems.add(new Problem(definition.fileName(), 0, "It defines the instrument " + definition.instrument().getId() + " that "
						+ sameInstrument.fileName() + " defines too: a plug-in offers each instrument once."));
				usable.remove(definition);
			}
		}
	}

	/** The definitions that can be packed. */
	public List<Definition> usable() {
		return List.copyOf(usable);
	}

	/** Every problem found; packing needs none. */
	public List<Problem> problems() {
		return List.copyOf(problems);
	}
}
