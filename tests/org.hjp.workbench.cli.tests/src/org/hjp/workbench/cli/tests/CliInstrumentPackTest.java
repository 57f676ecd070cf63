package org.hjp.workbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarInputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.hjp.workbench.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hjp instrument pack} turns a folder of definitions into a plug-in and a zipped update site without Maven,
 * and packs nothing while any definition has a problem.
 */
class CliInstrumentPackTest {

	private static final String GOOD = """
			<?xml version="1.0" encoding="UTF-8"?>
			<assessment:Instrument xmlns:assessment="http://hjp-workbench.org/model/assessment/1"
			    id="org.example.good" name="Good check" version="1.2" publisher="Example Health">
			  <scales id="agree" name="Agreement">
			    <points value="1" label="No"/>
			    <points value="2" label="Yes"/>
			  </scales>
			  <domains id="d" name="D">
			    <items id="d1" text="We meet."/>
			  </domains>
			</assessment:Instrument>
			""";
	private static final String OTHER = GOOD.replace("org.example.good", "org.example.other").replace("Good check", "Other check");
	private static final String BROKEN = GOOD.replace("org.example.good", "org.example.broken").replace("text=", "txet=");

	@TempDir
	Path folder;

	@Test
	void aFolderWithOneDefinitionBecomesAPluginAndASiteThatTheCheckReadsBack() throws Exception {
		Path source = definitions(Map.of("good.instrument", GOOD));
		Path out = Files.createDirectory(folder.resolve("out"));
		CliRun run = CliRun.hjp("instrument", "pack", source.toString(), "--out", out.toString());
		assertEquals(Cli.OK, run.code(), run.out() + run.err());
		List<String> written = run.outLines();
		assertEquals(2, written.size(), run.out());
		Path bundle = Path.of(written.get(0));
		assertTrue(bundle.getFileName().toString().matches("org\\.example\\.good_1\\.2\\.0\\.v\\d{8}-\\d{4}\\.jar"), bundle.toString());
		assertEquals(out.resolve("org.example.good-site.zip"), Path.of(written.get(1)));
		try (JarInputStream jar = new JarInputStream(Files.newInputStream(bundle))) {
			assertEquals("instruments/good.instrument", jar.getManifest().getMainAttributes().getValue("HJP-Instruments"));
			assertEquals("Example Health", jar.getManifest().getMainAttributes().getValue("Bundle-Vendor"));
		}
		assertTrue(run.err().contains("Packed Good check 1.2.0.v"), run.err());

		Map<String, byte[]> site = unzip(Files.readAllBytes(out.resolve("org.example.good-site.zip")));
		assertTrue(site.keySet().containsAll(List.of("artifacts.jar", "content.jar")), site.keySet().toString());
		String artifacts = new String(unzip(site.get("artifacts.jar")).get("artifacts.xml"), StandardCharsets.UTF_8);
		assertEquals(2, artifacts.split("download.checksum.sha-256", -1).length - 1, "the bundle and the feature each have a SHA-256 checksum: " + artifacts);
		String content = new String(unzip(site.get("content.jar")).get("content.xml"), StandardCharsets.UTF_8);
		assertTrue(content.contains("org.example.good.feature.feature.group") && content.contains("org.eclipse.equinox.p2.type.category"), content);

		CliRun check = CliRun.hjp("instrument", "check", out.resolve("org.example.good-site.zip").toString());
		assertEquals(Cli.OK, check.code(), check.out() + check.err());
		assertTrue(check.err().contains("Good check (org.example.good, version 1.2) can be used"), check.err());
		try (Stream<Path> left = Files.list(out)) {
			assertEquals(2, left.count(), "no scratch folder is left behind");
		}
	}

	@Test
	void aProblemInAnyDefinitionPacksNothingAndEveryProblemIsListedWithItsLine() throws Exception {
		Path source = definitions(Map.of("good.instrument", GOOD, "broken.instrument", BROKEN));
		Path out = Files.createDirectory(folder.resolve("out"));
		CliRun run = CliRun.hjp("instrument", "pack", source.toString(), "--out", out.toString(), "--id", "org.example.both");
		assertEquals(Cli.INVALID, run.code(), run.out() + run.err());
		assertTrue(run.out().startsWith(source.resolve("broken.instrument") + ":9: ") && run.out().contains("txet"), run.out());
		assertTrue(run.err().contains("Nothing was packed"), run.err());
		try (Stream<Path> left = Files.list(out)) {
			assertEquals(0, left.count());
		}
	}

	@Test
	void severalInstrumentsNeedAnIdAndThenShareOnePlugin() throws Exception {
		Path source = definitions(Map.of("good.instrument", GOOD, "other.instrument", OTHER));
		CliRun withoutId = CliRun.hjp("instrument", "pack", source.toString(), "--out", folder.toString());
		assertEquals(Cli.USAGE, withoutId.code(), withoutId.out() + withoutId.err());
		assertTrue(withoutId.err().contains("the plug-in needs an id of its own, as it holds 2 instruments"), withoutId.err());

		CliRun withId = CliRun.hjp("instrument", "pack", source.toString(), "--out", folder.toString(), "--id", "org.example.both", "--plugin-version", "3.0.1",
				"--name", "Both checks");
		assertEquals(Cli.OK, withId.code(), withId.out() + withId.err());
		CliRun check = CliRun.hjp("instrument", "check", folder.resolve("org.example.both-site.zip").toString());
		assertEquals(Cli.OK, check.code(), check.out() + check.err());
		assertTrue(check.err().contains("2 instruments can be used"), check.err());
	}

	@Test
	void anUnusableIdOrVersionOrAMissingPathIsSaidPlainly() throws Exception {
		Path source = definitions(Map.of("good.instrument", GOOD));
		CliRun badId = CliRun.hjp("instrument", "pack", source.toString(), "--out", folder.toString(), "--id", "my plug-in!");
		assertEquals(Cli.USAGE, badId.code());
		assertTrue(badId.err().contains("the plug-in id my plug-in! is not usable"), badId.err());
		CliRun badVersion = CliRun.hjp("instrument", "pack", source.toString(), "--out", folder.toString(), "--plugin-version", "spring 2026");
		assertEquals(Cli.USAGE, badVersion.code());
		assertTrue(badVersion.err().contains("the version spring 2026 is not usable"), badVersion.err());
		CliRun missing = CliRun.hjp("instrument", "pack", folder.resolve("nowhere").toString(), "--out", folder.toString());
		assertEquals(Cli.BAD_FILES, missing.code());
		assertTrue(missing.reasons().stream().anyMatch(r -> r.contains("nowhere") && r.contains("no such file")), missing.err());
	}

	@Test
	void itsHelpNamesItsOptionsAndAMistakeSaysWhereTheHelpIs() throws Exception {
		CliRun help = CliRun.hjp("instrument", "pack", "--help");
		assertEquals(Cli.OK, help.code(), help.err());
		assertTrue(help.out().contains("--plugin-version=<version>") && help.out().contains("--licence=<file>"), help.out());
		CliRun wrong = CliRun.hjp("instrument", "pack", "--colour", folder.toString());
		assertEquals(Cli.USAGE, wrong.code());
		assertEquals(List.of("hjp instrument pack: unknown option --colour. Run hjp instrument pack --help for what it takes."), wrong.err().lines().toList());
	}

	private Path definitions(Map<String, String> files) throws IOException {
		Path source = Files.createDirectories(folder.resolve("definitions"));
		for (Map.Entry<String, String> file : files.entrySet()) {
			Files.writeString(source.resolve(file.getKey()), file.getValue());
		}
		return source;
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new TreeMap<>();
		try (InputStream in = new ByteArrayInputStream(zip); ZipInputStream entriesIn = new ZipInputStream(in)) {
			for (ZipEntry entry = entriesIn.getNextEntry(); entry != null; entry = entriesIn.getNextEntry()) {
				entries.put(entry.getName(), entriesIn.readAllBytes());
			}
		}
		return entries;
	}
}
