package org.hjp.workbench.ui.addons;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.hjp.workbench.ui.layout.WindowLayout;
import org.hjp.workbench.ui.session.AutosaveTimer;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.hjp.workbench.ui.session.DocumentActions;
import org.hjp.workbench.ui.session.LiveValidation;
import org.hjp.workbench.ui.transfer.TransferActions;
import org.hjp.workbench.ui.session.StageEditors;

import jakarta.annotation.PostConstruct;

/**
 * Puts the workbench's session objects into the application context before any part is created, so that
 * every part and handler of this workbench shares them (and a workbench started again gets new ones).
 */
public class SessionServices {

	@PostConstruct
	void create(MApplication application) {
		IEclipseContext context = application.getContext();
		context.set(CurrentPartnership.class, ContextInjectionFactory.make(CurrentPartnership.class, context));
		context.set(StageEditors.class, ContextInjectionFactory.make(StageEditors.class, context));
		context.set(WindowLayout.class, ContextInjectionFactory.make(WindowLayout.class, context));
		context.set(DocumentActions.class, ContextInjectionFactory.make(DocumentActions.class, context));
		context.set(TransferActions.class, ContextInjectionFactory.make(TransferActions.class, context));
		context.set(LiveValidation.class, ContextInjectionFactory.make(LiveValidation.class, context));
		context.set(AutosaveTimer.class, ContextInjectionFactory.make(AutosaveTimer.class, context));
	}
}
