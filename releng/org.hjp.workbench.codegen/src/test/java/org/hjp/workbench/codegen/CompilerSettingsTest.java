package org.hjp.workbench.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every plug-in project compiles with the team's JDT settings (releng/jdt), in Tycho and in an IDE alike: Tycho reads
 * each project's .settings/org.eclipse.jdt.core.prefs, as Eclipse does.
 */
class CompilerSettingsTest {

	private static final Path ROOT = Path.of(System.getProperty("hjp.root", "../.."));
	private static final String PREFS = ".settings/org.eclipse.jdt.core.prefs";

	@Test
	void everyPluginProjectHasTheTeamsCompilerSettings() throws IOException {
		String team = Files.readString(ROOT.resolve("releng/jdt/org.eclipse.jdt.core.prefs"));
		List<Path> projects = pluginProjects();
		assertTrue(projects.size() >= 30, "plug-in projects found: " + projects);
		for (Path project : projects) {
			Path prefs = project.resolve(PREFS);
			assertTrue(Files.exists(prefs), project.getFileName() + " has no " + PREFS + " (copy releng/jdt/org.eclipse.jdt.core.prefs)");
			assertEquals(team, Files.readString(prefs), project.getFileName() + "'s " + PREFS + " differs from releng/jdt's");
		}
	}

	private static List<Path> pluginProjects() throws IOException {
		try (Stream<Path> bundles = Files.list(ROOT.resolve("bundles")); Stream<Path> tests = Files.list(ROOT.resolve("tests"))) {
			return Stream.concat(bundles, tests)
					.filter(p -> Files.exists(p.resolve("META-INF/MANIFEST.MF")) && (Files.isDirectory(p.resolve("src")) || Files.isDirectory(p.resolve("src-gen"))))
					.sorted().toList();
		}
	}
}
