package org.hjp.workbench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.packaging.Definitions;
import org.hjp.workbench.packaging.InstrumentPacker;
import org.hjp.workbench.packaging.PackException;
import org.hjp.workbench.packaging.PluginDescription;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hjp instrument pack}: instrument definitions into a plug-in and a zipped update site, without Maven. Every
 * definition is checked first; one problem anywhere packs nothing, and the problems are listed as the check lists them.
 */
@Command(name = "pack", description = { "Pack instrument definitions into a plug-in and a zipped update site that Help > Plug-ins installs, without Maven.",
		"Takes definition files and folders of them (a folder's *.instrument files). Each definition is checked first, and a problem in any packs nothing.",
		"A plug-in of one instrument takes the instrument's id, name, version and publisher unless others are given; the time of packing is added to the version,"
				+ " so that a plug-in packed again updates the one installed.",
		"Prints the two files written: <id>_<version>.jar and <id>-site.zip." })
final class InstrumentPackCommand implements Callable<Integer> {

	private static final int MAX_LICENCE_BYTES = 256 * 1024;

	@ParentCommand
	private InstrumentCommand instrument;

	@Parameters(arity = "1..*", paramLabel = "<file|folder>", description = "Definition files, or folders holding them.")
	private List<Path> paths;

	@Option(names = "--out", paramLabel = "<folder>", defaultValue = ".", description = "The folder to write to; the default is the current folder.")
	private Path out;

	@Option(names = "--id", paramLabel = "<id>", description = "The plug-in's id, such as org.example.coordination; needed when it holds more than one instrument.")
	private String id;

	@Option(names = "--name", paramLabel = "<name>", description = "The name Help > Plug-ins shows; the default is the instruments' names.")
	private String name;

	// Not --version, which every command has for the workbench's own.
	@Option(names = "--plugin-version", paramLabel = "<version>", description = "The plug-in's version, such as 1.2; the default is the instrument's version.")
	private String version;

	@Option(names = "--vendor", paramLabel = "<organisation>", description = "Who the plug-in is from; the default is the instruments' publisher.")
	private String vendor;

	@Option(names = "--licence", paramLabel = "<file>", description = "A text file with the licence people accept before they install the plug-in.")
	private Path licence;

	@Override
	public Integer call() {
		HjpCommand hjp = instrument.hjp();
		if (!Files.isDirectory(out)) {
			throw new UsageException("the folder " + out + " for --out does not exist.");
		}
		String licenceText = licenceText();
		BatchReader batch = hjp.batch();
		for (Path path : paths) {
			if (!Files.exists(path)) {
				batch.fail(path, "there is no such file or folder.");
			}
		}
		if (batch.hadFailures()) {
			hjp.progress().println("Nothing was packed.");
			return Cli.BAD_FILES;
		}
		Definitions definitions;
		try {
			definitions = Definitions.read(paths);
		} catch (IOException e) {
			batch.fail(paths.get(0), "it could not be read: " + e.getMessage() + ".");
			return Cli.BAD_FILES;
		}
		if (!definitions.problems().isEmpty()) {
			for (Definitions.Problem problem : definitions.problems()) {
				hjp.out().println(problem.where() + (problem.line() > 0 ? ":" + problem.line() : "") + ": " + problem.sentence());
			}
			int count = definitions.problems().size();
			hjp.progress().println("Nothing was packed: " + count + (count == 1 ? " problem" : " problems") + " found.");
			return Cli.INVALID;
		}
		List<Instrument> instruments = definitions.usable().stream().map(Definitions.Definition::instrument).toList();
		PluginDescription plugin;
		try {
			plugin = PluginDescription.of(instruments, new PluginDescription.Choices(id, name, version, vendor, licenceText), Clock.systemUTC());
		} catch (PackException e) {
			throw new UsageException(lowerFirst(e.getMessage()));
		}
		try {
			InstrumentPacker.Packed packed = InstrumentPacker.pack(definitions, plugin, out, new NullProgressMonitor());
			hjp.out().println(packed.bundle());
			hjp.out().println(packed.site());
			hjp.progress().println("Packed " + plugin.name() + " " + plugin.version() + " (" + plugin.id() + ") with " + instruments.size()
					+ (instruments.size() == 1 ? " instrument" : " instruments") + (licenceText == null ? " and no licence" : "")
					+ ". To install it, choose " + packed.site().getFileName() + " with Zip... in Help > Plug-ins.");
			return Cli.OK;
		} catch (PackException | IOException e) {
			batch.fail(out, "the plug-in could not be written: " + e.getMessage());
			return Cli.BAD_FILES;
		}
	}

	private String licenceText() {
		if (licence == null) {
			return null;
		}
		try (InputStream in = Files.newInputStream(licence)) {
			byte[] bytes = in.readNBytes(MAX_LICENCE_BYTES + 1);
			if (bytes.length > MAX_LICENCE_BYTES) {
				throw new UsageException("the licence " + licence + " is longer than " + MAX_LICENCE_BYTES / 1024 + " KB; a licence is a page or two.");
			}
			return new String(bytes, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UsageException("the licence " + licence + " could not be read: " + e.getMessage() + ".");
		}
	}

	private static String lowerFirst(String sentence) {
		return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
	}
}
