package org.hjp.workbench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.hjp.workbench.export.PartnershipReader;

/** A command's options ({@code --name value}) and its files, with folders expanded to the partnership files in them. */
final class Arguments {

	private static final int MAX_DEPTH = 16;

	private final Map<String, String> options = new HashMap<>();
	private final List<Path> files = new ArrayList<>();

	Arguments(List<String> args, Set<String> known) {
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith("--")) {
				String name = arg.substring(2);
				if (!known.contains(name)) {
					throw new UsageException("unknown option " + arg + ".");
				}
				if (i + 1 >= args.size()) {
					throw new UsageException(arg + " needs a value.");
				}
				options.put(name, args.get(++i));
			} else {
				files.add(Path.of(arg));
			}
		}
		if (files.isEmpty()) {
			throw new UsageException("name at least one partnership file or folder.");
		}
	}

	String option(String name, String fallback) {
		return options.getOrDefault(name, fallback);
	}

	/** The files named, with each folder replaced by its partnership files in name order; missing paths stay, to be reported. */
	List<Path> files() {
		List<Path> expanded = new ArrayList<>();
		for (Path path : files) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path, MAX_DEPTH)) {
					walk.filter(Files::isRegularFile).filter(PartnershipReader::isPartnership).sorted().forEach(expanded::add);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			} else {
				expanded.add(path);
			}
		}
		return expanded;
	}
}
