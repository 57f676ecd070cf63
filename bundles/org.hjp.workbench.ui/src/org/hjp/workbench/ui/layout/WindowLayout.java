package org.hjp.workbench.ui.layout;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Monitor;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.ui.session.StageEditors;

import jakarta.inject.Inject;

/**
 * Keeps the window's layout between starts. The application model is built afresh at every start from
 * Application.e4xmi and the plug-ins' fragments (clearPersistedState), so a plug-in added or removed never leaves
 * stale parts behind; what the user changed (window bounds, part sizes, tabs in front, open stage editors) is a
 * small record laid over it. View > Reset Layout goes back to the layout the workbench comes with.
 */
public class WindowLayout {

	@Inject
	private MApplication application;

	@Inject
	private EModelService models;

	@Inject
	private EPartService parts;

	@Inject
	private StageEditors editors;

	/** The layout the workbench comes with, as built before the kept record was laid over it. */
	private LayoutRecord original;

	/** Before the window is drawn: lays the kept record over the model, remembering the original layout first. */
	public void restore() {
		MWindow window = window();
		if (original == null) {
			original = LayoutRecord.of(window, models);
		}
		LayoutPreferences.read().ifPresentOrElse(record -> record.applyTo(window, models, WindowLayout::onScreen), () -> fitScreen(window));
	}

	/** The first time, the window as the workbench comes, made smaller where the screen is (a 1024x700 laptop, say). */
	private static void fitScreen(MWindow window) {
		Rectangle screen = Display.getDefault().getPrimaryMonitor().getClientArea();
		if (window.getWidth() > screen.width || window.getHeight() > screen.height) {
			window.setX(screen.x);
			window.setY(screen.y);
			window.setWidth(Math.min(window.getWidth(), screen.width));
			window.setHeight(Math.min(window.getHeight(), screen.height));
		}
	}

	/** Once a partnership is open: opens the stage editors that were open, and brings the one that was in front forward. */
	public void reopenStages() {
		LayoutPreferences.read().ifPresent(record -> {
			for (String stage : record.stages()) {
				editors.stage(stage).ifPresent(editors::open);
			}
			String front = record.fronts().get(StageEditors.EDITOR_STACK);
			if (front != null && models.find(StageEditors.EDITOR_STACK, application) instanceof MPartStack stack) {
				LayoutRecord.childWithKey(stack, front).filter(MPart.class::isInstance).map(MPart.class::cast)
						.ifPresent(part -> parts.showPart(part, PartState.ACTIVATE));
			}
		});
	}

	/** Keeps the layout for the next start. */
	public void remember() {
		if (!application.getChildren().isEmpty()) {
			LayoutPreferences.write(LayoutRecord.of(window(), models));
		}
	}

	/** View > Reset Layout: closes the stage editors and puts the window and its parts back as the workbench comes. */
	public void reset() {
		LayoutPreferences.forget();
		List<MPart> stageEditors = parts.getParts().stream().filter(p -> p.getPersistedState().containsKey(StageEditors.STAGE_KEY)).toList();
		for (MPart editor : stageEditors) {
			parts.hidePart(editor, true);
		}
		MWindow window = window();
		if (original != null) {
			original.applyTo(window, models, bounds -> true);
			fitScreen(window);
			if (window.getWidget() instanceof Shell shell) {
				shell.setMaximized(original.maximized());
			}
		}
	}

	/** Whether a window with these bounds would show its title bar on one of today's screens (one may be gone). */
	private static boolean onScreen(int[] bounds) {
		Rectangle titleBar = new Rectangle(bounds[0], bounds[1], bounds[2], 40);
		for (Monitor monitor : Display.getDefault().getMonitors()) {
			Rectangle area = monitor.getClientArea().intersection(titleBar);
			if (area.width >= 100 && area.height >= 20) {
				return true;
			}
		}
		return false;
	}

	private MWindow window() {
		return application.getChildren().get(0);
	}
}
