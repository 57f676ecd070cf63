package org.hjp.workbench.provisioning;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Updates the workbench and the plug-ins installed in it from the update site it knows (the one the release names,
 * or the one the {@value #SITE_PROPERTY} system property gives), and goes back to the state before the last update.
 * Both take effect when the workbench restarts; until then, nothing else is installed, updated or removed. Every method
 * may take long: call it off the UI thread.
 */
public interface WorkbenchUpdater {

	/** A system property naming another update site to update from (an address, or a folder or zip of one). */
	String SITE_PROPERTY = "hjp.update.site";

	/** One thing an update changes: the workbench itself or a plug-in, from one version to another. */
	record Update(String name, String from, String to) {
	}

	/** What updating now would change; empty when everything is up to date. */
	List<Update> check(IProgressMonitor monitor) throws InstallException;

	/** Installs the updates {@link #check} finds, after noting the current state to go back to; restart to use them. */
	List<Update> update(InstallQuestions questions, IProgressMonitor monitor) throws InstallException;

	/** The state before the last update, described for the user, when there is one to go back to. */
	Optional<String> previous() throws InstallException;

	/**
	 * Goes back to the state before the last update, asking {@code questions} before installing content the workbench
	 * cannot vouch for (what it has to fetch again); restart to use it.
	 */
	void goBack(InstallQuestions questions, IProgressMonitor monitor) throws InstallException;
}
