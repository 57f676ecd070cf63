package org.hjp.workbench.ui.parts;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;

/**
 * "Guide to this stage" in a stage's heading: runs Help > Guide at the stage's topic. Through the command, so that the
 * workbench does not depend on the guide's bundle; without it, there is no link.
 */
final class GuideLink {

	static final String COMMAND = "org.hjp.workbench.ui.guide.command.open";
	static final String TOPIC = "org.hjp.workbench.ui.guide.topic";

	private GuideLink() {
	}

	static void create(Composite parent, ECommandService commands, EHandlerService handlers, String stageId) {
		if (commands.getCommand(COMMAND) == null || !commands.getCommand(COMMAND).isDefined()) {
			return;
		}
		Link link = new Link(parent, SWT.NONE);
		link.setText("<a>Guide to this stage</a>");
		link.setToolTipText("Opens Help > Guide at this stage");
		GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(link);
		link.addListener(SWT.Selection, e -> {
			ParameterizedCommand command = commands.createCommand(COMMAND, Map.of(TOPIC, stageId));
			if (command != null) {
				handlers.executeHandler(command);
			}
		});
	}
}
