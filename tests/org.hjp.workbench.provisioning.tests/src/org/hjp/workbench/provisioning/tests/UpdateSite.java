package org.hjp.workbench.provisioning.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** A p2 update site written by hand: one installable unit per bundle, each bundle a jar of a manifest and some files. */
final class UpdateSite {

	private final Path folder;
	private final StringBuilder units = new StringBuilder();
	private final StringBuilder artifacts = new StringBuilder();
	private int count;

	UpdateSite(Path folder) throws IOException {
		this.folder = Files.createDirectories(folder.resolve("plugins")).getParent();
	}

	/** Adds a bundle (version 1.0.0) with the given manifest headers and files. */
	UpdateSite bundle(String symbolicName, Map<String, String> headers, Map<String, String> files) throws IOException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", symbolicName);
		main.putValue("Bundle-Version", "1.0.0");
		headers.forEach(main::putValue);
		try (OutputStream file = Files.newOutputStream(folder.resolve("plugins/" + symbolicName + "_1.0.0.jar")); JarOutputStream jar = new JarOutputStream(file, manifest)) {
			for (Map.Entry<String, String> entry : files.entrySet()) {
				jar.putNextEntry(new JarEntry(entry.getKey()));
				jar.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				jar.closeEntry();
			}
		}
		units.append("<unit id='").append(symbolicName).append("' version='1.0.0'><provides size='1'><provided namespace='org.eclipse.equinox.p2.iu' name='")
				.append(symbolicName).append("' version='1.0.0'/></provides><artifacts size='1'><artifact classifier='osgi.bundle' id='").append(symbolicName)
				.append("' version='1.0.0'/></artifacts></unit>\n");
		artifacts.append("<artifact classifier='osgi.bundle' id='").append(symbolicName).append("' version='1.0.0'/>\n");
		count++;
		return this;
	}

	/** Writes the site's metadata and returns its folder. */
	Path write() throws IOException {
		Files.writeString(folder.resolve("content.xml"), "<?xml version='1.0' encoding='UTF-8'?>\n<?metadataRepository version='1.2.0'?>\n"
				+ "<repository name='Test site' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>\n"
				+ "<units size='" + count + "'>\n" + units + "</units>\n</repository>\n");
		Files.writeString(folder.resolve("artifacts.xml"), "<?xml version='1.0' encoding='UTF-8'?>\n<?artifactRepository version='1.1.0'?>\n"
				+ "<repository name='Test site' type='org.eclipse.equinox.p2.artifact.repository.simpleRepository' version='1'>\n"
				+ "<mappings size='1'><rule filter='(&amp; (classifier=osgi.bundle))' output='${repoUrl}/plugins/${id}_${version}.jar'/></mappings>\n"
				+ "<artifacts size='" + count + "'>\n" + artifacts + "</artifacts>\n</repository>\n");
		return folder;
	}
}
