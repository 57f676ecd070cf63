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
		SubMonitor progress = SubMonitor.convert(monitor, "Updating the workbench", 10);
		UpdateOperation operation = resolve(progress.split(3));
		List<Update> updates = updates(operation);
		if (updates.isEmpty()) {
			return updates;
		}
		ProvisioningJob job = operation.getProvisioningJob(null);
		IProfile before = profile();
		String version = before.query(QueryUtil.createIUProductQuery(), null).stream().findFirst()
				.map(P2Installer::shortVersion).orElse("");
		registry().setProfileStateProperty(profileId, before.getTimestamp(), BEFORE_UPDATE, version + "|" + LocalDate.now());
		TrustQuestions trust = new TrustQuestions(questions);
		agent.registerService(UIServices.SERVICE_NAME, trust);
		try {
			IStatus result = job.runModal(progress.split(7));
			P2Installer.cancelled(result);
			if (result.getSeverity() == IStatus.ERROR) {
				throw new InstallException("The workbench could not be updated: " + P2Installer.message(result), result.getException());
			}
		} finally {
			agent.unregisterService(UIServices.SERVICE_NAME, trust);
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
	public void goBack(IProgressMonitor monitor) throws InstallException {
		SubMonitor progress = SubMonitor.convert(monitor, "Going back to the version before the update", 10);
		Map.Entry<Long, String> state = previousState()
				.orElseThrow(() -> new InstallException("There is no earlier version to go back to: the workbench has not been updated."));
		IProfile current = profile();
		IProfile target = registry().getProfile(profileId, state.getKey());
		IPlanner planner = service(IPlanner.class);
		IProvisioningPlan plan = planner.getDiffPlan(current, target, progress.split(3));
		if (plan == null || plan.getStatus().getSeverity() == IStatus.ERROR) {
			throw new InstallException("The earlier version cannot be restored: " + (plan == null ? "p2 made no plan." : P2Installer.message(plan.getStatus())));
		}
		IStatus result = new ProvisioningSession(agent).performProvisioningPlan(plan, null, context(), progress.split(7));
		P2Installer.cancelled(result);
		if (result.getSeverity() == IStatus.ERROR) {
			throw new InstallException("The earlier version could not be restored: " + P2Installer.message(result), result.getException());
		}
		registry().removeProfileStateProperties(profileId, state.getKey(), List.of(BEFORE_UPDATE));
	}

	private UpdateOperation resolve(SubMonitor progress) throws InstallException {
		UpdateOperation operation = new UpdateOperation(new ProvisioningSession(agent));
		operation.setProfileId(profileId);
		profile();
		site.ifPresent(address -> {
			operation.getProvisioningContext().setMetadataRepositories(address);
			operation.getProvisioningContext().setArtifactRepositories(address);
		});
		IStatus resolution = operation.resolveModal(progress);
		P2Installer.cancelled(resolution);
		if (resolution.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
			return operation;
		}
		if (resolution.getSeverity() == IStatus.ERROR) {
			throw new InstallException("The workbench cannot be updated: " + P2Installer.details(operation, resolution));
		}
		return operation;
	}

	private static List<Update> updates(UpdateOperation operation) {
		List<Update> updates = new ArrayList<>();
		if (operation.getResolutionResult() != null && operation.getResolutionResult().getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
			return updates;
		}
		for (org.eclipse.equinox.p2.operations.Update update : operation.getSelectedUpdates()) {
			updates.add(new Update(name(update.replacement), P2Installer.shortVersion(update.toUpdate), P2Installer.shortVersion(update.replacement)));
		}
		return updates;
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
		IProfile profile = registry().getProfile(profileId);
		if (profile == null) {
			throw new InstallException("This workbench was started without its installation record (p2 profile " + profileId
					+ "), so it cannot be updated. Start it from its installed folder.");
		}
		return profile;
	}

	private IProfileRegistry registry() throws InstallException {
		return service(IProfileRegistry.class);
	}

	private <T> T service(Class<T> type) throws InstallException {
		T service = agent.getService(type);
		if (service == null) {
			throw new InstallException("The workbench's installer is incomplete (no " + type.getSimpleName() + ").");
		}
		return service;
	}
}
