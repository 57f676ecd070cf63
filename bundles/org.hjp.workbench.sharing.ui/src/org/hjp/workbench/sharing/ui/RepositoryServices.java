package org.hjp.workbench.sharing.ui;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.hjp.workbench.ui.session.SaveFollowUp;

import jakarta.annotation.PostConstruct;

/** Puts the repository's services in the application context, and makes every save of a repository copy go to the repository. */
public class RepositoryServices {

	@PostConstruct
	void start(IEclipseContext context) {
		context.set(RepositoryAccount.class, new RepositoryAccount());
		context.set(RepositoryStatus.class, ContextInjectionFactory.make(RepositoryStatus.class, context));
		RepositorySave save = ContextInjectionFactory.make(RepositorySave.class, context);
		context.set(RepositorySave.class, save);
		context.set(SaveFollowUp.class, save);
		context.set(RepositoryActions.class, ContextInjectionFactory.make(RepositoryActions.class, context));
	}
}
