package org.hjp.workbench.provisioning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.ITouchpointData;
import org.eclipse.equinox.p2.metadata.ITouchpointInstruction;
import org.eclipse.equinox.p2.query.QueryUtil;

/**
 * What a plug-in may ask p2 to do when it is installed: only what installing bundles and features takes, as our own
 * features do. Anything else (making folders, unpacking, running native actions) is refused before anything is
 * installed, naming the plug-in and the action: an update site without any code can otherwise act on the user's
 * computer at install time.
 */
final class TouchpointPolicy {

	private static final String OSGI = "org.eclipse.equinox.p2.osgi";
	private static final String ECLIPSE_ACTIONS = "org.eclipse.equinox.p2.touchpoint.eclipse.";
	private static final Set<String> DATA = Set.of("manifest", "zipped");
	private static final Set<String> ALLOWED = Set.of(
			"installBundle(bundle:${artifact})", "uninstallBundle(bundle:${artifact})",
			"installFeature(feature:${artifact},featureId:default,featureVersion:default)",
			"uninstallFeature(feature:${artifact},featureId:default,featureVersion:default)",
			"addSourceBundle(bundle:${artifact})", "removeSourceBundle(bundle:${artifact})", "checkTrust()", "collect()");

	/** A bundle's start level (the workbench's own site gives its bundles one) only orders it among the others. */
	private static final Pattern START_LEVEL = Pattern.compile("setStartLevel\\(startLevel:-?\\d{1,3}\\)");
	private static final Pattern MARK_STARTED = Pattern.compile("markStarted\\(started:(true|false)\\)");
	private static final Pattern NOTHING_MORE = Pattern.compile("(?!)");

	private TouchpointPolicy() {
	}

	/** Every action the plan's new units ask for that plug-ins may not; empty when it may go ahead. */
	static List<String> problems(IProvisioningPlan plan) {
		return problems(plan, unit -> false, NOTHING_MORE);
	}

	/**
	 * For an update of the workbench: as {@link #problems(IProvisioningPlan)}, leaving out the units {@code exempt}
	 * accepts (the workbench's own), and letting bundles be marked started, as the workbench's start configuration does
	 * for the bundles it starts.
	 */
	static List<String> updateProblems(IProvisioningPlan plan, Predicate<IInstallableUnit> exempt) {
		return problems(plan, exempt, MARK_STARTED);
	}

	private static List<String> problems(IProvisioningPlan plan, Predicate<IInstallableUnit> exempt, Pattern alsoAllowed) {
		List<String> problems = new ArrayList<>();
		IProvisioningPlan installer = plan.getInstallerPlan();
		if (installer != null && !installer.getAdditions().query(QueryUtil.createIUAnyQuery(), null).isEmpty()) {
			problems.add("The plug-ins need the installer itself to be extended first, which plug-ins may not do.");
		}
		for (IInstallableUnit unit : plan.getAdditions().query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet()) {
			if (exempt.test(unit)) {
				continue;
			}
			for (ITouchpointData data : unit.getTouchpointData()) {
				for (Map.Entry<String, ITouchpointInstruction> instruction : data.getInstructions().entrySet()) {
					refusal(unit, instruction.getKey(), instruction.getValue(), alsoAllowed).ifPresent(problems::add);
				}
			}
		}
		return problems;
	}

	private static Optional<String> refusal(IInstallableUnit unit, String key, ITouchpointInstruction instruction, Pattern alsoAllowed) {
		if (DATA.contains(key)) {
			return Optional.empty();
		}
		String type = unit.getTouchpointType() == null ? "" : unit.getTouchpointType().getId();
		if (!OSGI.equals(type) || instruction.getImportAttribute() != null) {
			return Optional.of(refused(unit, instruction.getBody()));
		}
		for (String action : instruction.getBody().split(";")) {
			String plain = action.replaceAll("\\s", "");
			if (plain.startsWith(ECLIPSE_ACTIONS)) {
				plain = plain.substring(ECLIPSE_ACTIONS.length());
			}
			if (!plain.isEmpty() && !ALLOWED.contains(plain) && !START_LEVEL.matcher(plain).matches() && !alsoAllowed.matcher(plain).matches()) {
				return Optional.of(refused(unit, action.strip()));
			}
		}
		return Optional.empty();
	}

	private static String refused(IInstallableUnit unit, String action) {
		return "The plug-in " + unit.getId() + " asks to run \u201c" + action.strip() + "\u201d when it is installed, which plug-ins may not do.";
	}
}
