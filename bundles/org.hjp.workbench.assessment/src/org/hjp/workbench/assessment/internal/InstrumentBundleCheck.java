package org.hjp.workbench.assessment.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.hjp.workbench.assessment.DefinitionProblem;
import org.hjp.workbench.assessment.InstalledInstrument;
import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.provisioning.BundleCheck;
import org.hjp.workbench.provisioning.BundleNews;
import org.hjp.workbench.provisioning.InstallReport;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reads the instrument definitions of a plug-in about to be installed, as the registry will once it is, so that a
 * plug-in offering a definition that cannot be used is refused instead of installed; and, once a plug-in is
 * installed, says which instruments it adds and which it offers that are left out, and why.
 */
@Component(service = { BundleCheck.class, BundleNews.class })
public class InstrumentBundleCheck implements BundleCheck, BundleNews {

	@Reference
	private InstrumentRegistry registry;

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

	/** Whether the framework has resolved the bundle, asking it to try once more when it has not: the registry only reads resolved bundles. */
	private static boolean resolved(Bundle bundle) {
		if ((bundle.getState() & Bundle.INSTALLED) != 0) {
			Bundle framework = FrameworkUtil.getBundle(InstrumentBundleCheck.class).getBundleContext().getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
			framework.adapt(FrameworkWiring.class).resolveBundles(Set.of(bundle));
		}
		return (bundle.getState() & (Bundle.INSTALLED | Bundle.UNINSTALLED)) == 0;
	}

	@Override
	public InstallReport news(Bundle bundle) {
		String offered = bundle.getHeaders("").get(InstrumentRegistry.HEADER);
		if (offered == null) {
			return InstallReport.NOTHING;
		}
		if (!resolved(bundle)) {
			return new InstallReport(List.of(), List.of("The plug-in " + bundle.getSymbolicName() + " is installed but could not be started: it needs something this"
					+ " workbench does not have, so its instruments cannot be used."));
		}
		BundleInstruments.BundleOffer offer = BundleInstruments.read(bundle, offered);
		List<String> added = new ArrayList<>();
		List<String> leftOut = new ArrayList<>();
		for (InstalledInstrument instrument : offer.instruments) {
			Optional<InstalledInstrument> newer = registry.find(instrument.id())
					.filter(other -> !other.bundle().equals(instrument.bundle()) && InstrumentVersions.compare(other.definition().getVersion(), instrument.definition().getVersion()) > 0);
			if (newer.isPresent()) {
				leftOut.add("The instrument \u201c" + instrument.definition().getName() + "\u201d (version " + instrument.definition().getVersion() + ") of " + bundle.getSymbolicName()
						+ " is not offered: version " + newer.get().definition().getVersion() + " from " + newer.get().bundle() + " is newer, and is the one offered.");
			} else {
				added.add("It adds the assessment instrument \u201c" + instrument.definition().getName() + "\u201d (version " + instrument.definition().getVersion()
						+ "), in Learning and evolving > Assessments > Add.");
			}
		}
		offer.problems.forEach(problem -> leftOut.add(problem.message()));
		return new InstallReport(added, leftOut);
	}
}
