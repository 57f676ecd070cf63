package org.hjp.workbench.core.stages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The stages that are installed, in the user's order. Stages come and go with their bundles; every change,
 * including those made while the workbench runs, is posted on the topic {@value #TOPIC_CHANGED}.
 */
@Component(service = StageRegistry.class)
public class StageRegistry {

	static final String PREFERENCE_NODE = "org.hjp.workbench.core";
	static final String ORDER_KEY = "stage.order";

	/** The event topic posted when stages come, go or are put in another order. */
	public static final String TOPIC_CHANGED = "org/hjp/workbench/stages/CHANGED";

	private final List<StageDescriptor> stages = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public void addStage(StageDescriptor stage) {
		stages.add(stage);
		fireChanged();
	}

	public void removeStage(StageDescriptor stage) {
		stages.remove(stage);
		fireChanged();
	}

	/**
	 * The installed stages in the user's order. Where two bundles offer a stage with the same id, the one
	 * installed last replaces the other, so that an organisation can replace one of ours.
	 */
	public List<StageDescriptor> stages() {
		Map<String, StageDescriptor> byId = new LinkedHashMap<>();
		for (StageDescriptor stage : stages) {
			byId.remove(stage.id());
			byId.put(stage.id(), stage);
		}
		return StageOrder.sort(List.copyOf(byId.values()), userOrder());
	}

	/** Remembers the order the user chose. */
	public void setUserOrder(List<String> stageIds) throws BackingStoreException {
		IEclipsePreferences preferences = preferences();
		preferences.put(ORDER_KEY, StageOrder.format(stageIds));
		preferences.flush();
		fireChanged();
	}

	/** Forgets the user's order, going back to each stage's default order. */
	public void resetOrder() throws BackingStoreException {
		IEclipsePreferences preferences = preferences();
		preferences.remove(ORDER_KEY);
		preferences.flush();
		fireChanged();
	}

	public List<String> userOrder() {
		return StageOrder.parse(preferences().get(ORDER_KEY, ""));
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(PREFERENCE_NODE);
	}

	private void fireChanged() {
		EventAdmin admin = events;
		if (admin != null) {
			admin.postEvent(new Event(TOPIC_CHANGED, Map.of()));
		}
	}
}
