package org.hjp.workbench.sharing.ui;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** View > Repository History: shows the history beside Problems, making it the first time. */
public class HistoryHandler {

	static final String PART = "org.hjp.workbench.sharing.ui.part.history";
	private static final String STACK = "org.hjp.workbench.ui.partstack.bottom";

	@Execute
	public void execute(MApplication application, EModelService models, EPartService parts) {
		MPart part = parts.findPart(PART);
		if (part == null) {
			part = parts.createPart(PART);
			MPartStack stack = (MPartStack) models.find(STACK, application);
			if (stack != null) {
				stack.getChildren().add(part);
			}
		}
		parts.showPart(part, PartState.ACTIVATE);
	}
}
