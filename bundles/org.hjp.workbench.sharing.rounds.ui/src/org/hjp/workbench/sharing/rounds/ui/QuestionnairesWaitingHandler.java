package org.hjp.workbench.sharing.rounds.ui;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.Rounds;
import org.hjp.workbench.sharing.ui.RepositoryAccount;
import org.hjp.workbench.sharing.ui.RepositoryWork;

import jakarta.inject.Named;

/** File > Questionnaires Waiting, for whoever is signed in to the repository. */
public class QuestionnairesWaitingHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, RepositoryAccount account) {
		if (account.settings().isEmpty()) {
			MessageDialog.openInformation(shell, QuestionnairesWaitingDialog.TITLE, "Questionnaires wait for you in a repository."
					+ " Connect to it first with File > Connect to Repository, signing in with the login you were given.");
			return;
		}
		String login = account.settings().get().user();
		QuestionnairesWaitingDialog.Server server = new QuestionnairesWaitingDialog.Server() {
			@Override
			public List<Rounds.Waiting> waiting() throws RepositoryException, IOException {
				return RepositoryWork.run(shell, account, "Looking for questionnaires\u2026", repository -> new Rounds(repository).waiting());
			}

			@Override
			public List<Rounds.Given> sent(Rounds.Waiting waiting) throws RepositoryException, IOException {
				return RepositoryWork.run(shell, account, "Reading your answers\u2026", repository -> new Rounds(repository).own(waiting.partnership(), waiting.round()));
			}

			@Override
			public void send(Rounds.Waiting waiting, List<Rounds.Given> answers) throws RepositoryException, IOException {
				RepositoryWork.run(shell, account, "Sending your answers\u2026", repository -> {
					new Rounds(repository).submit(waiting.partnership(), waiting.round(), answers);
					return null;
				});
			}
		};
		try {
			new QuestionnairesWaitingDialog(shell, login, server.waiting(), server).open();
		} catch (RepositoryException | IOException e) {
			ILog.of(getClass()).warn("Could not read the questionnaires waiting", e);
			MessageDialog.openError(shell, QuestionnairesWaitingDialog.TITLE, e.getMessage());
		}
	}
}
