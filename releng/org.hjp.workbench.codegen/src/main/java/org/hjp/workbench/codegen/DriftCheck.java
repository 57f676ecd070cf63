package org.hjp.workbench.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Regenerates every model into a scratch copy of the bundles folder, starting from empty src-gen folders,
 * and lists the generated files that differ from, are missing from, or are extra in the committed code.
 */
final class DriftCheck {

	private final Path bundles;

	DriftCheck(Path bundles) {
		this.bundles = bundles;
	}

	List<String> check(List<Path> genModels) throws IOException {
		Path scratch = Files.createTempDirectory("hjp-codegen-");
		try {
			List<Path> generatedBundles = copyGeneratedBundles(scratch);
			List<Path> scratchGenModels = genModels.stream().map(g -> scratch.resolve(bundles.relativize(g))).toList();
			new GenModelGenerator(scratch).generateAll(scratchGenModels);
			List<String> drift = new ArrayList<>();
			for (Path bundle : generatedBundles) {
				Path name = bundle.getFileName();
				compareTrees(bundles.resolve(name).resolve("src-gen"), scratch.resolve(name).resolve("src-gen"), drift);
			}
			return drift;
		} finally {
			Regenerate.deleteTree(scratch);
		}
	}

	/** Copies every bundle that has a src-gen folder, leaving that folder out so that it is generated afresh. */
	private List<Path> copyGeneratedBundles(Path scratch) throws IOException {
		List<Path> copied = new ArrayList<>();
		try (Stream<Path> bundleDirs = Files.list(bundles)) {
			for (Path bundle : bundleDirs.filter(Files::isDirectory).toList()) {
				if (!Files.isDirectory(bundle.resolve("src-gen")) && !Files.isDirectory(bundle.resolve("model"))) {
					continue;
				}
				Path target = scratch.resolve(bundle.getFileName());
				try (Stream<Path> walk = Files.walk(bundle)) {
					for (Path p : walk.toList()) {
						Path rel = bundle.relativize(p);
						if (rel.startsWith("src-gen") || rel.startsWith("target") || rel.startsWith("bin")) {
							continue;
						}
						Path dest = target.resolve(rel.toString());
						if (Files.isDirectory(p)) {
							Files.createDirectories(dest);
						} else {
							Files.copy(p, dest);
						}
					}
				}
				copied.add(bundle);
			}
		}
		return copied;
	}

	private static void compareTrees(Path committed, Path generated, List<String> drift) throws IOException {
		Set<Path> files = new TreeSet<>();
		files.addAll(relativeFiles(committed));
		files.addAll(relativeFiles(generated));
		for (Path rel : files) {
			Path a = committed.resolve(rel);
			Path b = generated.resolve(rel);
			if (!Files.exists(a)) {
				drift.add("missing from the committed code: " + a);
			} else if (!Files.exists(b)) {
				drift.add("no longer generated from the models: " + a);
			} else if (Files.mismatch(a, b) != -1) {
				drift.add("differs from the models: " + a);
			}
		}
	}

	private static Set<Path> relativeFiles(Path root) throws IOException {
		Set<Path> result = new TreeSet<>();
		if (!Files.isDirectory(root)) {
			return result;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			walk.filter(Files::isRegularFile).forEach(p -> result.add(root.relativize(p)));
		}
		return result;
	}
}
