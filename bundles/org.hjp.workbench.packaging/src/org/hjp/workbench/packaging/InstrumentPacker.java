package org.hjp.workbench.packaging;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Packs instrument definitions into a data-only plug-in and a zipped update site that Help > Plug-ins installs: the
 * route for authors without Maven. Everything is written in a scratch folder first, so a failure leaves no half-made
 * file where the finished ones go.
 */
public final class InstrumentPacker {

	/** What was written: the plug-in's bundle jar and the zipped update site that holds it. */
	public record Packed(Path bundle, Path site) {
	}

	private InstrumentPacker() {
	}

	/** Writes the plug-in and its site into {@code output}; definitions with any problem are not packed. */
	public static Packed pack(Definitions definitions, PluginDescription plugin, Path output, IProgressMonitor monitor) throws PackException, IOException {
		if (!definitions.problems().isEmpty() || definitions.usable().isEmpty()) {
			throw new PackException("Nothing was packed: the definitions have problems to put right first.");
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Packing " + plugin.name(), 4);
		Files.createDirectories(output);
		Path work = Files.createTempDirectory(output, ".hjp-pack-");
		try {
			Path jars = Files.createDirectories(work.resolve("jars"));
			Path bundle = PluginJars.bundle(plugin, definitions.usable(), jars);
			Path feature = PluginJars.feature(plugin, definitions.usable(), jars);
			progress.worked(1);
			Path site = Files.createDirectories(work.resolve("site"));
			SitePublisher.publish(plugin, bundle, feature, site, work.resolve("p2"), progress.split(2));
			Path zip = SiteZip.write(site, work.resolve("site.zip"));
			progress.worked(1);
			return new Packed(moveInto(bundle, output, bundle.getFileName().toString()), moveInto(zip, output, plugin.id() + "-site.zip"));
		} finally {
			delete(work);
		}
	}

	private static Path moveInto(Path file, Path folder, String name) throws IOException {
		Path target = folder.resolve(name);
		try {
			return Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			return Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}
}
