package org.hjp.workbench.assessment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.hjp.workbench.assessment.DefinitionException;
import org.hjp.workbench.assessment.DefinitionProblem;
import org.hjp.workbench.assessment.InstalledInstrument;
import org.hjp.workbench.assessment.InstrumentDefinitions;
import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.assessment.ScoringHook;
import org.hjp.workbench.core.contributions.ContributedCode;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The instrument registry as an extender: it watches every resolved bundle for the {@value InstrumentRegistry#HEADER}
 * header and reads the definitions it names from the bundle's own files, without loading any of its classes.
 */
@Component(service = InstrumentRegistry.class)
public class BundleInstruments implements InstrumentRegistry {

	private final Map<Long, BundleOffer> offers = new LinkedHashMap<>();
	private final List<ScoringHook> hooks = new CopyOnWriteArrayList<>();
	private BundleTracker<BundleOffer> tracker;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	@Reference
	private ContributedCode contributedCode;

	@Activate
	void activate(BundleContext context) {
		tracker = new BundleTracker<>(context, Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING, new Customizer());
		tracker.open();
	}

	@Deactivate
	void deactivate() {
		tracker.close();
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addHook(ScoringHook hook) {
		hooks.add(hook);
		fireChanged();
	}

	void removeHook(ScoringHook hook) {
		hooks.remove(hook);
		fireChanged();
	}

	@Override
	public synchronized List<InstalledInstrument> instruments() {
		Map<String, InstalledInstrument> byId = new LinkedHashMap<>();
		for (BundleOffer offer : offers.values()) {
			for (InstalledInstrument instrument : offer.instruments) {
				byId.merge(instrument.id(), instrument, (a, b) -> InstrumentVersions.compare(a.definition().getVersion(), b.definition().getVersion()) >= 0 ? a : b);
			}
		}
		List<InstalledInstrument> result = new ArrayList<>(byId.values());
		result.sort(Comparator.comparing((InstalledInstrument i) -> i.definition().getName(), String.CASE_INSENSITIVE_ORDER));
		return result;
	}

	@Override
	public Optional<InstalledInstrument> find(String instrumentId) {
		return instruments().stream().filter(i -> i.id().equals(instrumentId)).findFirst();
	}

	@Override
	public synchronized List<DefinitionProblem> problems() {
		List<DefinitionProblem> problems = new ArrayList<>();
		offers.values().forEach(o -> problems.addAll(o.problems));
		return problems;
	}

	@Override
	public Optional<ScoringHook> hook(String hookId) {
		return hooks.stream().filter(h -> hookId.equals(safeId(h))).findFirst().map(h -> new GuardedHook(hookId, h, contributedCode));
	}

	private void fireChanged() {
		EventAdmin admin = events;
		if (admin != null) {
			admin.postEvent(new Event(TOPIC_CHANGED, Map.of()));
		}
	}

	private static String safeId(ScoringHook hook) {
		try {
			return hook.id();
		} catch (RuntimeException e) {
			ILog.of(BundleInstruments.class).error("A scoring hook failed to give its id", e);
			return null;
		}
	}

	/** Reads what one installed bundle offers. */
	static BundleOffer read(Bundle bundle, String header) {
		return read(bundle.getSymbolicName(), bundle.getVersion().toString(), header, path -> {
			URL entry = bundle.getEntry(path);
			return entry == null ? null : entry.openStream();
		});
	}

	/** Reads what a bundle offers, from its files. */
	static BundleOffer read(String symbolicName, String version, String header, Entries entries) {
		BundleOffer offer = new BundleOffer();
		for (String part : header.split(",")) {
			String path = part.trim();
			if (path.isEmpty()) {
				continue;
			}
			try (InputStream in = entries.open(path)) {
				if (in == null) {
					offer.problems.add(new DefinitionProblem(symbolicName, path, List.of("the file is not in the plug-in.")));
					continue;
				}
				offer.instruments.add(new InstalledInstrument(InstrumentDefinitions.read(in, path), symbolicName, version, path));
			} catch (DefinitionException e) {
				offer.problems.add(new DefinitionProblem(symbolicName, path, e.problems()));
			} catch (IOException e) {
				offer.problems.add(new DefinitionProblem(symbolicName, path, List.of("it could not be read (" + e.getMessage() + ").")));
			}
		}
		return offer;
	}

	/** The files of a bundle, by their paths inside it. */
	@FunctionalInterface
	interface Entries {
		/** The file's content, or null when the bundle has no such file. */
		InputStream open(String path) throws IOException;
	}

	static final class BundleOffer {
		final List<InstalledInstrument> instruments = new ArrayList<>();
		final List<DefinitionProblem> problems = new ArrayList<>();
	}

	private final class Customizer implements BundleTrackerCustomizer<BundleOffer> {

		@Override
		public BundleOffer addingBundle(Bundle bundle, BundleEvent event) {
			String header = bundle.getHeaders("").get(HEADER);
			if (header == null) {
				return null;
			}
			BundleOffer offer = read(bundle, header);
			offer.problems.forEach(p -> ILog.of(BundleInstruments.class).error(p.message()));
			synchronized (BundleInstruments.this) {
				offers.put(bundle.getBundleId(), offer);
			}
			fireChanged();
			return offer;
		}

		@Override
		public void modifiedBundle(Bundle bundle, BundleEvent event, BundleOffer offer) {
		}

		@Override
		public void removedBundle(Bundle bundle, BundleEvent event, BundleOffer offer) {
			synchronized (BundleInstruments.this) {
				offers.remove(bundle.getBundleId());
			}
			fireChanged();
		}
	}
}
