package org.hjp.workbench.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Command line of the code generator.
 * <ul>
 * <li>{@code write <bundles>}: regenerates the src-gen folders of every model and edit bundle in place.</li>
 * <li>{@code check <bundles>}: regenerates into a scratch copy and fails when the committed generated code
 * differs from what the models produce.</li>
 * </ul>
 */
public final class Regenerate {

	private Regenerate() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2 || !(args[0].equals("write") || args[0].equals("check"))) {
			System.err.println("usage: Regenerate write|check <bundles folder>");
			System.exit(2);
		}
		Path bundles = Path.of(args[1]).toAbsolutePath().normalize();
		List<Path> genModels = findGenModels(bundles);
		if (genModels.isEmpty()) {
			System.err.println("No .genmodel files under " + bundles);
			System.exit(2);
		}
		if (args[0].equals("write")) {
			// From empty folders, as the check does: EMF's merge into existing files orders imports differently.
			try (Stream<Path> bundleDirs = Files.list(bundles)) {
				bundleDirs.map(b -> b.resolve("src-gen")).filter(Files::isDirectory).forEach(Regenerate::deleteTree);
			}
			new GenModelGenerator(bundles).generateAll(genModels);
			System.out.println("Regenerated " + genModels.size() + " genmodels under " + bundles);
			return;
		}
		List<String> drift = new DriftCheck(bundles).check(genModels);
		if (!drift.isEmpty()) {
			System.err.println("The generated code in src-gen does not match the models. Regenerate with");
			System.err.println("  ./mvnw -pl releng/org.hjp.workbench.codegen verify -Dhjp.codegen.mode=write");
			drift.forEach(d -> System.err.println("  " + d));
			System.exit(1);
		}
		System.out.println("Generated code matches " + genModels.size() + " genmodels.");
	}

	static List<Path> findGenModels(Path bundles) throws IOException {
		List<Path> result = new ArrayList<>();
		try (Stream<Path> bundleDirs = Files.list(bundles)) {
			for (Path bundle : bundleDirs.sorted().toList()) {
				Path modelDir = bundle.resolve("model");
				if (!Files.isDirectory(modelDir)) {
					continue;
				}
				try (Stream<Path> files = Files.list(modelDir)) {
					files.filter(f -> f.toString().endsWith(".genmodel")).sorted().forEach(result::add);
				}
			}
		}
		return result;
	}

	static void deleteTree(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.delete(p);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
