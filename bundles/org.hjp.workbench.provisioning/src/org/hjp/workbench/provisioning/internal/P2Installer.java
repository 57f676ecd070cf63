package org.hjp.workbench.provisioning.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.hjp.workbench.provisioning.BundleCheck;
import org.hjp.workbench.provisioning.InstallException;
import org.hjp.workbench.provisioning.InstallQuestions;
import org.hjp.workbench.provisioning.InstallReport;
import org.hjp.workbench.provisioning.Offer;
import org.hjp.workbench.provisioning.Plugin;
import org.hjp.workbench.provisioning.PluginInstaller;
import org.osgi.framework.Version;

/**
 * The p2 operations behind {@link PluginInstaller}, for one agent and profile: the running workbench's, or a
 * scratch one in tests. Before an installation is carried out, the bundles it adds are put to the {@link BundleCheck}s;
 * after each change, {@code apply} makes it live (the running framework's configurator).
 */
public class P2Installer implements PluginInstaller {

	/** Makes an installed or removed set of bundles live. */
	@FunctionalInterface
	public interface Apply {
		void run() throws Exception;
	}

	/** Work done once a change is resolved and before it is carried out; it may refuse the change. */
	@FunctionalInterface
	private interface BeforeCommit {
		void check(IProvisioningPlan plan, SubMonitor progress) throws InstallException;
	}

	private static final BeforeCommit NOTHING_TO_CHECK = (plan, progress) -> {
	};

	private final IProvisioningAgent agent;
	private final String profileId;
	private final Apply apply;
	private final Supplier<List<BundleCheck>> checks;
	private final Function<List<String>, InstallReport> news;

	/**
	 * @param news what the bundles with these symbolic names, just installed, bring
	 */
	public P2Installer(IProvisioningAgent agent, String profileId, Apply apply, Supplier<List<BundleCheck>> checks, Function<List<String>, InstallReport> news) {
		this.agent = agent;
		this.profileId = profileId;
		this.apply = apply;
		this.checks = checks;
		this.news = news;
	}

	/** An installer that puts the bundles it adds to {@code checks}, and says nothing of what they bring. */
	public P2Installer(IProvisioningAgent agent, String profileId, Apply apply, Supplier<List<BundleCheck>> checks) {
		this(agent, profileId, apply, checks, added -> InstallReport.NOTHING);
	}

	/** An installer that adds bundles unchecked, and says nothing of what they bring. */
	public P2Installer(IProvisioningAgent agent, String profileId, Apply apply) {
		this(agent, profileId, apply, List::of);
	}

	@Override
	public List<Offer> offers(URI site, IProgressMonitor monitor) throws InstallException {
		IMetadataRepository repository = load(site, SubMonitor.convert(monitor, "Reading the update site", 2));
		IProfile profile = profile();
		List<Offer> offers = new ArrayList<>();
		Set<IInstallableUnit> groups = repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), monitor).toUnmodifiableSet();
		for (IInstallableUnit unit : groups) {
			if (unit.getId().endsWith(".source.feature.group") || isProduct(unit) || isIncludedByAnother(unit, groups)) {
				continue;
			}
			Optional<IInstallableUnit> had = profile.query(QueryUtil.createIUQuery(unit.getId()), null).stream().findFirst();
			Offer.Status status = had.isEmpty() ? Offer.Status.NEW
					: had.get().getVersion().equals(unit.getVersion()) ? Offer.Status.INSTALLED : Offer.Status.OTHER_VERSION;
			offers.add(new Offer(plugin(unit), status, had.map(P2Installer::shortVersion).orElse(null)));
		}
		offers.sort(Comparator.comparing((Offer o) -> o.plugin().name(), String.CASE_INSENSITIVE_ORDER));
		return offers;
	}

	@Override
	public List<Plugin> installed() throws InstallException {
		List<Plugin> plugins = new ArrayList<>();
		for (IInstallableUnit unit : profile().query(new UserVisibleRootQuery(), null).toUnmodifiableSet()) {
			if (QueryUtil.isGroup(unit) && !isProduct(unit)) {
				plugins.add(plugin(unit));
			}
		}
		plugins.sort(Comparator.comparing(Plugin::name, String.CASE_INSENSITIVE_ORDER));
		return plugins;
	}

	@Override
	public InstallReport install(URI site, List<String> featureIds, InstallQuestions questions, IProgressMonitor monitor) throws InstallException {
		PendingRestart.refuseWhilePending();
		SubMonitor progress = SubMonitor.convert(monitor, "Installing plug-ins", 10);
		IMetadataRepository repository = load(site, progress.split(2));
		List<IInstallableUnit> units = new ArrayList<>();
		for (String id : featureIds) {
			units.add(repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(id)), null).stream().findFirst()
					.orElseThrow(() -> new InstallException("The update site no longer offers " + id + ".")));
		}
		InstallOperation operation = new InstallOperation(new ProvisioningSession(agent), units);
		operation.getProvisioningContext().setMetadataRepositories(site);
		operation.getProvisioningContext().setArtifactRepositories(site);
		IArtifactRepository bundles = artifacts(site);
		TrustQuestions trust = new TrustQuestions(questions);
		agent.registerService(UIServices.SERVICE_NAME, trust);
		List<String> added = new ArrayList<>();
		try {
			run(operation, true, progress.split(8), (plan, checking) -> {
				added.addAll(BundlesToAdd.symbolicNames(plan));
				List<String> problems = new ArrayList<>(TouchpointPolicy.problems(plan));
				problems.addAll(ChecksumPolicy.problems(plan, bundles));
				if (problems.isEmpty()) {
					problems.addAll(BundlesToAdd.problems(plan, bundles, checks.get(), checking));
				}
				if (!problems.isEmpty()) {
					throw new InstallException("Nothing was installed. " + String.join(" ", problems));
				}
			});
			return news.apply(added);
		} catch (OperationCanceledException e) {
			if (trust.refused()) {
				throw new InstallException("Nothing was installed: it is not signed by anyone the workbench trusts, and you chose not to install it.");
			}
			throw e;
		} finally {
			agent.unregisterService(UIServices.SERVICE_NAME, trust);
		}
	}

	@Override
	public void uninstall(List<String> featureIds, IProgressMonitor monitor) throws InstallException {
		PendingRestart.refuseWhilePending();
		SubMonitor progress = SubMonitor.convert(monitor, "Removing plug-ins", 10);
		IProfile profile = profile();
		List<IInstallableUnit> units = new ArrayList<>();
		for (String id : featureIds) {
			units.add(profile.query(QueryUtil.createIUQuery(id), null).stream().findFirst()
					.orElseThrow(() -> new InstallException("The plug-in " + id + " is not installed.")));
		}
		UninstallOperation operation = new UninstallOperation(new ProvisioningSession(agent), units);
		operation.getProvisioningContext().setMetadataRepositories();
		operation.getProvisioningContext().setArtifactRepositories();
		run(operation, false, progress, NOTHING_TO_CHECK);
	}

	private void run(ProfileChangeOperation operation, boolean installing, SubMonitor progress, BeforeCommit beforeCommit) throws InstallException {
		String done = installing ? "installed" : "removed";
		operation.setProfileId(profileId);
		IStatus resolution = operation.resolveModal(progress.split(3));
		cancelled(resolution);
		ProvisioningJob job = operation.getProvisioningJob(null);
		if (resolution.getSeverity() == IStatus.ERROR || job == null) {
			throw new InstallException("The plug-ins cannot be " + done + ": " + details(operation, resolution));
		}
		beforeCommit.check(operation.getProvisioningPlan(), progress.split(1));
		IStatus result = job.runModal(progress.split(6));
		cancelled(result);
		if (result.getSeverity() == IStatus.ERROR) {
			throw new InstallException("The plug-ins could not be " + done + ": " + message(result), result.getException());
		}
		try {
			apply.run();
		} catch (Exception e) {
			throw new InstallException("The plug-ins were " + done + " but could not be " + (installing ? "started" : "stopped")
					+ " at once; restart the workbench. (" + e.getMessage() + ")", e);
		}
		progress.done();
	}

	static void cancelled(IStatus status) {
		if (status.getSeverity() == IStatus.CANCEL) {
			throw new OperationCanceledException();
		}
	}

	static String details(ProfileChangeOperation operation, IStatus resolution) {
		String details = operation.getResolutionDetails();
		return details != null && !details.isBlank() ? details.strip() : message(resolution);
	}

	static String message(IStatus status) {
		StringBuilder text = new StringBuilder(String.valueOf(status.getMessage()));
		for (IStatus child : status.getChildren()) {
			if (child.getSeverity() == IStatus.ERROR) {
				text.append(' ').append(child.getMessage());
			}
		}
		return text.toString();
	}

	private IMetadataRepository load(URI site, SubMonitor progress) throws InstallException {
		IMetadataRepositoryManager metadata = service(IMetadataRepositoryManager.class);
		IArtifactRepositoryManager artifacts = service(IArtifactRepositoryManager.class);
		try {
			IMetadataRepository repository = metadata.loadRepository(site, progress.split(1));
			artifacts.loadRepository(site, progress.split(1));
			return repository;
		} catch (ProvisionException e) {
			throw new InstallException(SiteProblems.describe(site, e), e);
		}
	}

	private IArtifactRepository artifacts(URI site) throws InstallException {
		try {
			return service(IArtifactRepositoryManager.class).loadRepository(site, null);
		} catch (ProvisionException e) {
			throw new InstallException(SiteProblems.describe(site, e), e);
		}
	}

	private IProfile profile() throws InstallException {
		return profile(agent, profileId, "plug-ins cannot be installed into it");
	}

	/** The agent's profile of this id, or a sentence saying why without it {@code whatCannotBeDone}. */
	static IProfile profile(IProvisioningAgent agent, String profileId, String whatCannotBeDone) throws InstallException {
		IProfile profile = service(agent, IProfileRegistry.class).getProfile(profileId);
		if (profile == null) {
			throw new InstallException("This workbench was started without its installation record (p2 profile " + profileId
					+ "), so " + whatCannotBeDone + ". Start it from its installed folder.");
		}
		return profile;
	}

	private <T> T service(Class<T> type) throws InstallException {
		return service(agent, type);
	}

	static <T> T service(IProvisioningAgent agent, Class<T> type) throws InstallException {
		T service = agent.getService(type);
		if (service == null) {
			throw new InstallException("The workbench's installer is incomplete (no " + type.getSimpleName() + ").");
		}
		return service;
	}

	/**
	 * A feature that another feature of the site includes (or requires) comes with that one, and is not offered on its
	 * own. The product includes none: it installs some features as roots of their own, which can be removed and offered
	 * again.
	 */
	private static boolean isIncludedByAnother(IInstallableUnit unit, Set<IInstallableUnit> groups) {
		return groups.stream().filter(other -> other != unit && !isProduct(other)).flatMap(other -> other.getRequirements().stream())
				.anyMatch(unit::satisfies);
	}

	/** The workbench itself, which is installed as a product and cannot be removed from inside it. */
	private static boolean isProduct(IInstallableUnit unit) {
		return QueryUtil.isProduct(unit);
	}

	/** The licence the plug-in states, with where to read it in full; null when it states none. */
	private static String licence(IInstallableUnit unit) {
		return unit.getLicenses().stream().filter(l -> l.getBody() != null && !l.getBody().isBlank())
				.map(l -> l.getBody().strip() + (l.getLocation() == null ? "" : "\n\n" + l.getLocation()))
				.findFirst().orElse(null);
	}

	/** A version as users read it: 1.0.0, without the build's time stamp. */
	static String shortVersion(IInstallableUnit unit) {
		try {
			Version version = Version.parseVersion(unit.getVersion().toString());
			return version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
		} catch (IllegalArgumentException e) {
			return unit.getVersion().toString();
		}
	}

	private static Plugin plugin(IInstallableUnit unit) {
		String id = unit.getId().endsWith(".feature.group") ? unit.getId().substring(0, unit.getId().length() - ".feature.group".length()) : unit.getId();
		String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
		return new Plugin(unit.getId(), name == null || name.startsWith("%") ? id : name, shortVersion(unit),
				unit.getProperty(IInstallableUnit.PROP_PROVIDER, null), unit.getProperty(IInstallableUnit.PROP_DESCRIPTION, null), licence(unit));
	}

}
