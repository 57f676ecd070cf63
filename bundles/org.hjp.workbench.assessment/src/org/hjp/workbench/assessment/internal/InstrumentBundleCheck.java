package org.hjp.workbench.assessment.internal;

import java.io.IOException;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.hjp.workbench.assessment.DefinitionProblem;
import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.provisioning.BundleCheck;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;

/**
 * Reads the instrument definitions of a plug-in about to be installed, as the registry will once it is, so that a
 * plug-in offering a definition that cannot be used is refused instead of installed.
 */
@Component(service = BundleCheck.class)
public class InstrumentBundleCheck implements BundleCheck {

	@Override
	public List<String> problems(JarFile bundle) {
		Manifest manifest;
		try {
			manifest = bundle.getManifest();
		} catch (IOException e) {
			// Not a bundle that could offer instruments; installing it fails on its own.
			return List.of();
		}
		Attributes headers = manifest == null ? null : manifest.getMainAttributes();
		String offered = headers == null ? null : headers.getValue(InstrumentRegistry.HEADER);
		if (offered == null) {
			return List.of();
		}
		String name = String.valueOf(headers.getValue(Constants.BUNDLE_SYMBOLICNAME)).split(";")[0].trim();
		BundleInstruments.BundleOffer offer = BundleInstruments.read(name, headers.getValue(Constants.BUNDLE_VERSION), offered, path -> {
			JarEntry entry = bundle.getJarEntry(path.startsWith("/") ? path.substring(1) : path);
			return entry == null ? null : bundle.getInputStream(entry);
		});
		return offer.problems.stream().map(DefinitionProblem::message).toList();
	}
}
