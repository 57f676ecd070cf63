package org.hjp.workbench.assessment.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.hjp.workbench.tests.generator.Services;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/** Builds instrument plug-ins (jars holding only a manifest and definition files) and installs them. */
final class InstrumentBundles {

	private InstrumentBundles() {
	}

	/** Installs and starts a bundle whose header lists {@code files} (path to content) in the given order. */
	static Bundle install(String symbolicName, String header, Map<String, String> files) throws IOException, BundleException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", symbolicName);
		main.putValue("Bundle-Version", "1.0.0");
		if (header != null) {
			main.putValue("HJP-Instruments", header);
		}
		ByteArrayOutputStream jar = new ByteArrayOutputStream();
		try (JarOutputStream out = new JarOutputStream(jar, manifest)) {
			for (Map.Entry<String, String> file : files.entrySet()) {
				out.putNextEntry(new JarEntry(file.getKey()));
				out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		Bundle bundle = Services.context().installBundle("test:" + symbolicName, new ByteArrayInputStream(jar.toByteArray()));
		bundle.start();
		return bundle;
	}
}
