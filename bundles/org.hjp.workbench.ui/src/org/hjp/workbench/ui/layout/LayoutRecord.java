package org.hjp.workbench.ui.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.hjp.workbench.ui.session.StageEditors;

/**
 * What the user can change of the window's layout, read from and laid over the application model: the window's
 * bounds and whether it is maximised, the share of each part of a sash (by element id), the part in front of each
 * stack (a stage editor by its stage), and the stage editors that are open, in order.
 */
record LayoutRecord(int[] bounds, boolean maximized, Map<String, String> sizes, Map<String, String> fronts, List<String> stages) {

	static final String MAXIMIZED = "shellMaximized";
	static final String STAGE = "stage:";

	static LayoutRecord of(MWindow window, EModelService models) {
		Map<String, String> sizes = new LinkedHashMap<>();
		for (MPartSashContainer sash : models.findElements(window, null, MPartSashContainer.class)) {
			for (MUIElement child : sash.getChildren()) {
				if (child.getElementId() != null && child.getContainerData() != null) {
					sizes.put(child.getElementId(), child.getContainerData());
				}
			}
		}
		Map<String, String> fronts = new LinkedHashMap<>();
		List<String> stages = new ArrayList<>();
		for (MPartStack stack : models.findElements(window, null, MPartStack.class)) {
			if (stack.getElementId() != null && stack.getSelectedElement() != null) {
				fronts.put(stack.getElementId(), key(stack.getSelectedElement()));
			}
			for (MUIElement child : stack.getChildren()) {
				String stage = child instanceof MPart part ? part.getPersistedState().get(StageEditors.STAGE_KEY) : null;
				if (stage != null && child.isToBeRendered()) {
					stages.add(stage);
				}
			}
		}
		return new LayoutRecord(new int[] { window.getX(), window.getY(), window.getWidth(), window.getHeight() },
				window.getTags().contains(MAXIMIZED), sizes, fronts, stages);
	}

	/**
	 * Lays the bounds (when {@code onScreen} accepts them), sizes and the fronts of stacks (other than stage editors,
	 * which are opened later) over the model.
	 */
	void applyTo(MWindow window, EModelService models, Predicate<int[]> onScreen) {
		if (bounds.length == 4 && bounds[2] > 0 && bounds[3] > 0 && onScreen.test(bounds)) {
			window.setX(bounds[0]);
			window.setY(bounds[1]);
			window.setWidth(bounds[2]);
			window.setHeight(bounds[3]);
		}
		window.getTags().remove(MAXIMIZED);
		if (maximized) {
			window.getTags().add(MAXIMIZED);
		}
		sizes.forEach((id, size) -> {
			MUIElement element = models.find(id, window);
			Object parent = element == null ? null : element.getParent();
			if (parent instanceof MPartSashContainer && isWeight(size)) {
				element.setContainerData(size);
			}
		});
		fronts.forEach((stackId, front) -> {
			if (models.find(stackId, window) instanceof MPartStack stack && !front.startsWith(STAGE)) {
				childWithKey(stack, front).ifPresent(stack::setSelectedElement);
			}
		});
	}

	/** How a stack's front part is named: its element id, or for a stage editor (all of which share one id) its stage. */
	static String key(MUIElement element) {
		String stage = element instanceof MPart part ? part.getPersistedState().get(StageEditors.STAGE_KEY) : null;
		return stage != null ? STAGE + stage : element.getElementId();
	}

	static <T extends MUIElement> Optional<T> childWithKey(MElementContainer<T> stack, String key) {
		return stack.getChildren().stream().filter(c -> key.equals(key(c)) && c.isToBeRendered()).findFirst();
	}

	private static boolean isWeight(String size) {
		try {
			return Double.parseDouble(size) > 0;
		} catch (NumberFormatException e) {
			return false;
		}
	}
}
