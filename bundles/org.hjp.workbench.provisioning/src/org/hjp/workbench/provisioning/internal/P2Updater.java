package org.hjp.workbench.provisioning.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.IRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.hjp.workbench.provisioning.InstallException;
import org.hjp.workbench.provisioning.InstallQuestions;
import org.hjp.workbench.provisioning.WorkbenchUpdater;

/**
 * The p2 side of {@link WorkbenchUpdater}, for one agent and profile: p2's update operation over every root of the
 * profile (the product and the features installed as roots), from the known update sites or the one given; the state
 * before an update is tagged in the profile registry, and going back plans the difference to that state.
 */
public class P2Updater implements WorkbenchUpdater {

	static final String BEFORE_UPDATE = "org.hjp.workbench.beforeUpdate";

	private final IProvisioningAgent agent;
	private final String profileId;
	private final Optional<URI> site;

	public P2Updater(IProvisioningAgent agent, String profileId, Optional<URI> site) {
		this.agent = agent;
		this.profileId = profileId;
		this.site = site;
	}

	@Override
	public List<Update> check(IProgressMonitor monitor) throws InstallException {
		return updates(resolve(SubMonitor.convert(monitor, "Looking for updates", 1).split(1)));
	}

	@Override
	public List<Update> update(InstallQuestions questions, IProgressMonitor monitor) throws InstallException {
		PendingRestart.refuseWhilePending();
		SubMonitor progress = SubMonitor.convert(monitor, "Updating the workbench", 10);
		UpdateOperation operation = resolve(progress.split(3));
		List<Update> updates = updates(operation);
		if (updates.isEmpty()) {
			return updates;
		}
		List<String> problems = TouchpointPolicy.updateProblems(operation.getProvisioningPlan(), P2Updater::isTheWorkbenchsOwn);
		if (!problems.isEmpty()) {
			throw new InstallException("Nothing was updated. " + String.join(" ", problems));
		}
		ProvisioningJob job = operation.getProvisioningJob(null);
		IProfile before = profile();
		String version = before.query(QueryUtil.createIUProductQuery(), null).stream().findFirst().map(P2Installer::shortVersion).orElse("");
		IStatus result = withTrust(questions, () -> job.runModal(progress.split(7)));
		P2Installer.cancelled(result);
		if (result.getSeverity() == IStatus.ERROR) {
			throw new InstallException("The workbench could not be updated: " + P2Installer.message(result), result.getException());
		}
		PendingRestart.note("The update");
		IStatus tagged = registry().setProfileStateProperty(profileId, before.getTimestamp(), BEFORE_UPDATE, version + "|" + LocalDate.now());
		if (!tagged.isOK()) {
			throw new InstallException("The update is installed, but the version before it could not be noted, so Go Back to the "
					+ "Previous Version will not find it: " + tagged.getMessage());
		}
		return updates;
	}

	@Override
	public Optional<String> previous() throws InstallException {
		return previousState().map(state -> {
			String[] parts = state.getValue().split("\\|");
			String date = parts.length > 1 ? LocalDate.parse(parts[1]).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)) : "";
			return "version " + parts[0] + (date.isEmpty() ? "" : ", as it was before the update of " + date);
		});
	}

	@Override
	public void goBack(InstallQuestions questions, IProgressMonitor monitor) throws InstallException {
		PendingRestart.refuseWhilePending();
		SubMonitor progress = SubMonitor.convert(monitor, "Going back to the version before the update", 10);
		Map.Entry<Long, String> state = previousState()
				.orElseThrow(() -> new InstallException("There is no earlier version to go back to: the workbench has not been updated."));
		IProfile current = profile();
		IProfile target = registry().getProfile(profileId, state.getKey());
		IProvisioningPlan plan = service(IPlanner.class).getDiffPlan(current, target, progress.split(3));
		if (plan == null || plan.getStatus().getSeverity() == IStatus.ERROR) {
			throw new InstallException("The earlier version cannot be restored: " + (plan == null ? "p2 made no plan." : P2Installer.message(plan.getStatus())));
		}
		// Where the workbench is installed now stays as it is, even if it was moved since that state.
		for (String kept : List.of(IProfile.PROP_INSTALL_FOLDER, IProfile.PROP_CACHE, IProfile.PROP_ROAMING)) {
			if (current.getProperty(kept) != null) {
				plan.setProfileProperty(kept, current.getProperty(kept));
			}
		}
		IStatus result = withTrust(questions, () -> new ProvisioningSession(agent).performProvisioningPlan(plan, null, context(), progress.split(7)));
		P2Installer.cancelled(result);
		if (result.getSeverity() == IStatus.ERROR) {
			throw new InstallException("The earlier version could not be restored: " + P2Installer.message(result), result.getException());
		}
		PendingRestart.note("Going back to the previous version");
		registry().removeProfileStateProperties(profileId, state.getKey(), List.of(BEFORE_UPDATE));
	}

	private IStatus withTrust(InstallQuestions questions, java.util.function.Supplier<IStatus> work) {
		TrustQuestions trust = new TrustQuestions(questions);
		agent.registerService(UIServices.SERVICE_NAME, trust);
		try {
			return work.get();
		} finally {
			agent.unregisterService(UIServices.SERVICE_NAME, trust);
		}
	}

	private UpdateOperation resolve(SubMonitor progress) throws InstallException {
		profile();
		loadSites(progress.split(1));
		UpdateOperation operation = new UpdateOperation(new ProvisioningSession(agent));
		operation.setProfileId(profileId);
		site.ifPresent(address -> {
			operation.getProvisioningContext().setMetadataRepositories(address);
			operation.getProvisioningContext().setArtifactRepositories(address);
		});
		IStatus resolution = operation.resolveModal(progress.split(1));
		P2Installer.cancelled(resolution);
		if (resolution.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
			return operation;
		}
		if (resolution.getSeverity() == IStatus.ERROR) {
			throw new InstallException("The workbench cannot be updated: " + P2Installer.details(operation, resolution));
		}
		return operation;
	}

	/**
	 * Reads the update site (the one given, else those the workbench knows), so that one that cannot be reached is told
	 * as such: p2's update would skip it and find nothing to update.
	 */
	private void loadSites(SubMonitor progress) throws InstallException {
		IMetadataRepositoryManager manager = service(IMetadataRepositoryManager.class);
		List<URI> sites = site.map(List::of).orElseGet(() -> List.of(manager.getKnownRepositories(IRepositoryManager.REPOSITORIES_NON_SYSTEM)));
		if (sites.isEmpty()) {
			throw new InstallException("This workbench does not know an update site to update from.");
		}
		progress.setWorkRemaining(sites.size());
		ProvisionException problem = null;
		for (URI address : sites) {
			try {
				manager.loadRepository(address, progress.split(1));
				return;
			} catch (ProvisionException e) {
				problem = e;
			}
		}
		throw new InstallException("Could not look for updates. " + SiteProblems.describe(sites.get(0), problem), problem);
	}

	private static List<Update> updates(UpdateOperation operation) {
		List<Update> updates = new ArrayList<>();
		if (operation.getResolutionResult() != null && operation.getResolutionResult().getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
			return updates;
		}
		for (org.eclipse.equinox.p2.operations.Update update : operation.getSelectedUpdates()) {
			String from = P2Installer.shortVersion(update.toUpdate);
			String to = P2Installer.shortVersion(update.replacement);
			if (from.equals(to)) {
				from = update.toUpdate.getVersion().toString();
				to = update.replacement.getVersion().toString();
			}
			updates.add(new Update(name(update.replacement), from, to));
		}
		return updates;
	}

	/**
	 * The product and its configuration units may set what an installation needs (start levels, program properties,
	 * the update site); an update of a plug-in may do no more than installing one does.
	 */
	private static boolean isTheWorkbenchsOwn(IInstallableUnit unit) {
		return QueryUtil.isProduct(unit) || unit.getId().startsWith("tooling");
	}

	private static String name(IInstallableUnit unit) {
		String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
		return name == null || name.startsWith("%") ? unit.getId() : name;
	}

	/** The newest state tagged as before an update that is older than the current one. */
	private Optional<Map.Entry<Long, String>> previousState() throws InstallException {
		long now = profile().getTimestamp();
		return registry().getProfileStateProperties(profileId, BEFORE_UPDATE).entrySet().stream()
				.map(e -> Map.entry(Long.parseLong(e.getKey()), e.getValue())).filter(e -> e.getKey() < now).max(Map.Entry.comparingByKey());
	}

	private ProvisioningContext context() {
		ProvisioningContext context = new ProvisioningContext(agent);
		site.ifPresent(address -> {
			context.setMetadataRepositories(address);
			context.setArtifactRepositories(address);
		});
		return context;
	}

	private IProfile profile() throws InstallException {
		return P2Installer.profile(agent, profileId, "it cannot be updated");
	}

	private IProfileRegistry registry() throws InstallException {
		return service(IProfileRegistry.class);
	}

	private <T> T service(Class<T> type) throws InstallException {
		return P2Installer.service(agent, type);
	}
}
