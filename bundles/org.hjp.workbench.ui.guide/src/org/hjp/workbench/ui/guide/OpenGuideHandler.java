package org.hjp.workbench.ui.guide;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.hjp.workbench.ui.session.StageEditors;

import jakarta.inject.Named;

/** Help > Guide, and a stage's "Guide to this stage": opens the guide beside the stages, at the topic asked for. */
public class OpenGuideHandler {

	public static final String COMMAND = "org.hjp.workbench.ui.guide.command.open";
	public static final String TOPIC = "org.hjp.workbench.ui.guide.topic";
	static final String PART = "org.hjp.workbench.ui.guide.part";

	@Execute
	public void execute(EPartService parts, EModelService models, MApplication application, @Optional @Named(TOPIC) String topic) {
		MPart part = parts.findPart(PART);
		if (part == null) {
			part = parts.createPart(PART);
			if (models.find(StageEditors.EDITOR_STACK, application) instanceof MPartStack stack) {
				stack.getChildren().add(part);
			}
		}
		part = parts.showPart(part, PartState.ACTIVATE);
		if (part.getObject() instanceof GuidePart guide) {
			guide.show(topic == null ? "start" : topic);
		}
	}
}
