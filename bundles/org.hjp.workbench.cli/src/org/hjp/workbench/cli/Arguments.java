package org.hjp.workbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command's options ({@code --name value}) and its files, with folders expanded to the partnership files in them. */
final class Arguments {

	private final Map<String, String> options = new HashMap<>();
	private final Set<String> flags = new HashSet<>();
	private final List<Path> files = new ArrayList<>();

	Arguments(List<String> args, Set<String> known) {
		this(args, known, Set.of());
	}

	/** {@code known} options take a value; {@code knownFlags} ({@code --force}) do not. */
	Arguments(List<String> args, Set<String> known, Set<String> knownFlags) {
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith("--") && knownFlags.contains(arg.substring(2))) {
				flags.add(arg.substring(2));
			} else if (arg.startsWith("--")) {
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

	boolean flag(String name) {
		return flags.contains(name);
	}

	/**
	 * The files named, with each folder replaced by its partnership files in name order; missing paths stay, to be
	 * reported, and folders that cannot be read are reported to {@code batch}.
	 */
	List<Path> files(BatchReader batch) {
		List<Path> expanded = new ArrayList<>();
		for (Path path : files) {
			if (Files.isDirectory(path)) {
				expanded.addAll(FolderWalk.partnerships(path, batch));
			} else {
				expanded.add(path);
			}
		}
		return expanded;
	}
}
