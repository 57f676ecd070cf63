package org.hjp.workbench.ui.forms;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The stage pages that are installed. Pages come and go with their bundles, also while the workbench runs;
 * every change is posted on the topic {@value #TOPIC_CHANGED}.
 */
@Component(service = StagePageRegistry.class)
public class StagePageRegistry {

	/** The event topic posted when a page comes or goes. */
	public static final String TOPIC_CHANGED = "org/hjp/workbench/stagepages/CHANGED";

	private final List<StagePage> pages = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public void addPage(StagePage page) {
		pages.add(page);
		fireChanged();
	}

	public void removePage(StagePage page) {
		pages.remove(page);
		fireChanged();
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

	private void fireChanged() {
		EventAdmin admin = events;
		if (admin != null) {
			admin.postEvent(new Event(TOPIC_CHANGED, Map.of()));
		}
	}
}
