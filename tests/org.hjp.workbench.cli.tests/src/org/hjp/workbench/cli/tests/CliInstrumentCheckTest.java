package org.hjp.workbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.hjp.workbench.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hjp instrument check} lists every problem of a definition with its line, in files, plug-ins and sites. */
class CliInstrumentCheckTest {

	private static final String BROKEN = """
			<?xml version="1.0" encoding="UTF-8"?>
			<assessment:Instrument xmlns:assessment="http://hjp-workbench.org/model/assessment/1"
			    id="org.example.broken" name="Broken" version="1.0">
			  <scales id="agree" name="Agreement">
			    <points value="1" label="No"/>
			    <points value="2" label="Yes"/>
			  </scales>
			  <domains id="d" name="D">
			    <items id="d1" txet="Misspelt"/>
			    <items id="d2" text="On a scale nobody wrote" scale="five"/>
			    <bands min="0" max="2" label="Low"/>
			    <bands min="1" max="4" label="High"/>
			  </domains>
			</assessment:Instrument>
			""";
	private static final String GOOD = BROKEN.replace("org.example.broken", "org.example.good").replace("name=\"Broken\"", "name=\"Good\"")
			.replace("txet", "text").replace(" scale=\"five\"", "").replace("min=\"1\" max=\"4\"", "min=\"3\" max=\"4\"");

	@TempDir
	Path folder;

	@Test
	void everyProblemOfAFileIsListedWithItsLine() throws Exception {
		Path file = Files.writeString(folder.resolve("broken.instrument"), BROKEN);
		CliRun run = CliRun.hjp("instrument", "check", file.toString());
		assertEquals(Cli.INVALID, run.code(), run.err());
		List<String> lines = run.outLines();
		assertEquals(4, lines.size(), run.out());
		assertTrue(lines.get(0).startsWith(file + ":9: ") && lines.get(0).contains("txet"), lines.get(0));
		assertTrue(lines.get(2).startsWith(file + ":10: ") && lines.get(2).contains("scale five"), lines.get(2));
		assertTrue(lines.get(3).startsWith(file + ":12: ") && lines.get(3).contains("overlap"), lines.get(3));
	}

	@Test
	void aUsableDefinitionIsNamedAndPasses() throws Exception {
		Path file = Files.writeString(folder.resolve("good.instrument"), GOOD);
		CliRun run = CliRun.hjp("instrument", "check", file.toString());
		assertEquals(Cli.OK, run.code(), run.out() + run.err());
		assertEquals("", run.out());
		assertTrue(run.err().contains("Good (org.example.good, version 1.0) can be used"), run.err());
	}

	@Test
	void pluginAndUpdateSiteAreReadAsTheWorkbenchReadsThem() throws Exception {
		byte[] plugin = plugin("instruments/good.instrument, instruments/broken.instrument, instruments/missing.instrument");
		Path jar = Files.write(folder.resolve("org.example.mixed_1.0.0.jar"), plugin);
		CliRun run = CliRun.hjp("instrument", "check", jar.toString());
		assertEquals(Cli.INVALID, run.code(), run.err());
		assertTrue(run.out().contains(jar + "!instruments/broken.instrument:10: "), run.out());
		assertTrue(run.out().contains(jar + "!instruments/missing.instrument: The manifest names instruments/missing.instrument"), run.out());
		assertTrue(run.err().contains(jar + "!instruments/good.instrument: Good"), run.err());

		Path site = folder.resolve("site.zip");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(site))) {
			zip.putNextEntry(new ZipEntry("artifacts.jar"));
			zip.write(new byte[] { 'P', 'K' });
			zip.putNextEntry(new ZipEntry("plugins/org.example.mixed_1.0.0.jar"));
			zip.write(plugin);
		}
		CliRun fromSite = CliRun.hjp("instrument", "check", site.toString());
		assertEquals(Cli.INVALID, fromSite.code(), fromSite.err());
		assertTrue(fromSite.out().contains(site + "!plugins/org.example.mixed_1.0.0.jar!instruments/broken.instrument:9: "), fromSite.out());
	}

	@Test
	void aPathWithoutDefinitionsOrThatIsMissingIsSaid() throws Exception {
		Path empty = Files.createDirectory(folder.resolve("empty"));
		CliRun run = CliRun.hjp("instrument", "check", empty.toString(), folder.resolve("nowhere").toString());
		assertEquals(Cli.BAD_FILES, run.code(), run.out() + run.err());
		assertTrue(run.out().contains("No instrument definition was found"), run.out());
		assertTrue(run.reasons().stream().anyMatch(r -> r.contains("nowhere") && r.contains("no such file")), run.err());
	}

	@Test
	void aFolderOfDefinitionsIsChecked() throws Exception {
		Files.writeString(folder.resolve("good.instrument"), GOOD);
		Files.writeString(folder.resolve("broken.instrument"), BROKEN);
		CliRun run = CliRun.hjp("instrument", "check", folder.toString());
		assertEquals(Cli.INVALID, run.code(), run.err());
		assertTrue(run.out().contains(folder.resolve("broken.instrument") + ":10: "), run.out());
		assertTrue(run.err().contains("1 instrument can be used; 4 problems found."), run.err());
	}

	@Test
	void aZipUnpackingToMoreThanThePlugInsOfInstrumentsHoldIsRefusedAndAJarInAJarIsNotOpened() throws Exception {
		Path bomb = folder.resolve("bomb.zip");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
			zip.putNextEntry(new ZipEntry("plugins/filler.bin"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 70; i++) {
				zip.write(zeros);
			}
		}
		CliRun run = CliRun.hjp("instrument", "check", bomb.toString());
		assertEquals(Cli.BAD_FILES, run.code(), run.out() + run.err());
		assertTrue(run.err().contains("it unpacks to more than 64 MB"), run.err());

		Path nested = folder.resolve("nested.jar");
		ByteArrayOutputStream outer = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(outer)) {
			zip.putNextEntry(new ZipEntry("inner.jar"));
			zip.write(plugin("instruments/broken.instrument"));
		}
		Files.write(nested, outer.toByteArray());
		CliRun inner = CliRun.hjp("instrument", "check", nested.toString());
		assertEquals(List.of(nested + ": It is not a plug-in: it has no META-INF/MANIFEST.MF."), inner.outLines(), "the jar inside is not opened");
	}

	private static byte[] plugin(String header) throws IOException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-SymbolicName", "org.example.mixed");
		main.putValue("HJP-Instruments", header);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
			entry(jar, "instruments/good.instrument", GOOD);
			entry(jar, "instruments/broken.instrument", BROKEN);
		}
		return bytes.toByteArray();
	}

	private static void entry(JarOutputStream jar, String name, String content) throws IOException {
		jar.putNextEntry(new JarEntry(name));
		jar.write(content.getBytes(StandardCharsets.UTF_8));
	}
}
