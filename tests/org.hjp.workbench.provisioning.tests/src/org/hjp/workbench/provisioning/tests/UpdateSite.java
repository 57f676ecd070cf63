package org.hjp.workbench.provisioning.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A p2 update site written by hand: one installable unit per bundle, each bundle a jar of a manifest and some files,
 * with its SHA-256 checksum unless told otherwise; and units that ask p2 to run instructions.
 */
final class UpdateSite {

	private final Path folder;
	private final StringBuilder units = new StringBuilder();
	private final StringBuilder artifacts = new StringBuilder();
	private int count;

	UpdateSite(Path folder) throws IOException {
		this.folder = Files.createDirectories(folder.resolve("plugins")).getParent();
	}

	/** Adds a bundle (version 1.0.0) with the given manifest headers and files. */
	UpdateSite bundle(String symbolicName, Map<String, String> headers, Map<String, String> files) throws IOException, NoSuchAlgorithmException {
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
				.append("' version='1.0.0'/></artifacts>").append(osgiTouchpoint ? OSGI_TOUCHPOINT : "").append("</unit>\n");
		if (signer != null) {
			try {
				signer.sign(folder.resolve("plugins/" + symbolicName + "_1.0.0.jar"));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException("signing was interrupted", e);
			}
		}
		artifacts.append("<artifact classifier='osgi.bundle' id='").append(symbolicName).append("' version='1.0.0'>");
		if (checksums) {
			String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(folder.resolve("plugins/" + symbolicName + "_1.0.0.jar"))));
			artifacts.append("<properties size='1'><property name='download.checksum.sha-256' value='").append(sha256).append("'/></properties>");
		}
		artifacts.append("</artifact>\n");
		count++;
		return this;
	}

	/** Adds a unit with no files that asks p2 to run {@code instruction} (of the given touchpoint) when it is installed. */
	UpdateSite unitRunning(String id, String touchpoint, String instruction) {
		return unitRunning(id, "1.0.0", touchpoint, instruction);
	}

	/** As {@link #unitRunning(String, String, String)}, of the given version, which updates any lower version of the unit. */
	UpdateSite unitRunning(String id, String version, String touchpoint, String instruction) {
		units.append("<unit id='").append(id).append("' version='").append(version).append("'><update id='").append(id)
				.append("' range='[0.0.0,").append(version).append(")' severity='0'/><provides size='1'><provided namespace='org.eclipse.equinox.p2.iu' name='")
				.append(id).append("' version='").append(version).append("'/></provides><touchpoint id='").append(touchpoint)
				.append("' version='1.0.0'/><touchpointData size='1'><instructions size='1'>")
				.append("<instruction key='install'>").append(instruction).append("</instruction></instructions></touchpointData></unit>\n");
		count++;
		return this;
	}

	/** Adds a feature called {@code name} that includes the features {@code includes} (ids without ".feature.group"). */
	UpdateSite feature(String id, String name, String... includes) {
		return group(id + ".feature.group", name, "org.eclipse.equinox.p2.type.group", includes);
	}

	/** Adds a product that installs the features {@code roots}, as a product's root features are. */
	UpdateSite product(String id, String... roots) {
		return group(id, id, "org.eclipse.equinox.p2.type.product", roots);
	}

	private UpdateSite group(String unitId, String name, String type, String... required) {
		units.append("<unit id='").append(unitId).append("' version='1.0.0'><properties size='3'>")
				.append("<property name='org.eclipse.equinox.p2.type.group' value='true'/><property name='").append(type).append("' value='true'/>")
				.append("<property name='org.eclipse.equinox.p2.name' value='").append(name)
				.append("'/></properties><provides size='1'><provided namespace='org.eclipse.equinox.p2.iu' name='").append(unitId)
				.append("' version='1.0.0'/></provides><requires size='").append(required.length).append("'>");
		for (String feature : required) {
			units.append("<required namespace='org.eclipse.equinox.p2.iu' name='").append(feature).append(".feature.group' range='[1.0.0,1.0.0]'/>");
		}
		units.append("</requires><touchpoint id='null' version='0.0.0'/></unit>\n");
		count++;
		return this;
	}

	/** Bundles added from now on are signed by {@code signer}. */
	UpdateSite signedBy(TestSigner signer) {
		this.signer = signer;
		return this;
	}

	private TestSigner signer;

	/** Bundles added from now on come without checksums. */
	UpdateSite withoutChecksums() {
		checksums = false;
		return this;
	}

	/** Bundles added from now on are installed as bundles (p2's OSGi touchpoint), so that p2 checks who signed them. */
	UpdateSite asBundles() {
		osgiTouchpoint = true;
		return this;
	}

	private static final String OSGI_TOUCHPOINT = "<touchpoint id='org.eclipse.equinox.p2.osgi' version='1.0.0'/><touchpointData size='1'><instructions size='2'>"
			+ "<instruction key='install'>installBundle(bundle:${artifact})</instruction><instruction key='uninstall'>uninstallBundle(bundle:${artifact})</instruction>"
			+ "</instructions></touchpointData>";

	private boolean checksums = true;
	private boolean osgiTouchpoint;

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
