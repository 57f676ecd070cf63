package org.hjp.workbench.provisioning;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Installs plug-ins (features) from p2 update sites into the running workbench, and removes them. Changes take
 * effect at once, without a restart, and last across restarts. Every method may take long: call it off the UI
 * thread, with a monitor that can cancel it.
 */
public interface PluginInstaller {

	/** The plug-ins a site offers, each with whether the workbench has it. */
	List<Offer> offers(URI site, IProgressMonitor monitor) throws InstallException;

	/** The plug-ins the user installed (not those the workbench comes with). */
	List<Plugin> installed() throws InstallException;

	/**
	 * Installs the plug-ins with these feature ids from {@code site}, with what they need from it, asking
	 * {@code questions} before installing content that is unsigned or from a signer the workbench does not know.
	 *
	 * @return what the installed plug-ins bring, as the {@link BundleNews} services say
	 */
	InstallReport install(URI site, List<String> featureIds, InstallQuestions questions, IProgressMonitor monitor) throws InstallException;

	/** Installs as {@link #install(URI, List, InstallQuestions, IProgressMonitor)} does, with nobody to ask. */
	default InstallReport install(URI site, List<String> featureIds, IProgressMonitor monitor) throws InstallException {
		return install(site, featureIds, InstallQuestions.REFUSE, monitor);
	}

	/** Removes plug-ins the user installed. */
	void uninstall(List<String> featureIds, IProgressMonitor monitor) throws InstallException;

	/** The address of an update site given as a folder, or as a zip of one. */
	static URI siteAt(Path folderOrZip) {
		Path path = folderOrZip.toAbsolutePath().normalize();
		URI file = path.toUri();
		return Files.isRegularFile(path) ? URI.create("jar:" + file + "!/") : file;
	}
}
