package org.hjp.workbench.ui.forms;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The stage pages that are installed. Pages come and go with their bundles, also while the workbench runs;
 * listeners hear of every change.
 */
@Component(service = StagePageRegistry.class)
public class StagePageRegistry {

	private final List<StagePage> pages = new CopyOnWriteArrayList<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public void addPage(StagePage page) {
		pages.add(page);
		listeners.forEach(Runnable::run);
	}

	public void removePage(StagePage page) {
		pages.remove(page);
		listeners.forEach(Runnable::run);
	}

	/** The page of a stage; the newest installed wins when several bundles offer one. */
	public Optional<StagePage> find(String stageId) {
		for (int i = pages.size() - 1; i >= 0; i--) {
			StagePage page = pages.get(i);
			if (page.stageId().equals(stageId)) {
				return Optional.of(page);
			}
		}
		return Optional.empty();
	}

	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}
}
