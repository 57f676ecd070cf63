package org.hjp.workbench.sharing.rounds.ui;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.questionnaire.AnswerImport;
import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.Rounds;
import org.hjp.workbench.sharing.ui.RepositoryAccount;
import org.hjp.workbench.sharing.ui.RepositoryWork;
import org.hjp.workbench.ui.session.CurrentPartnership;

import jakarta.inject.Named;

/** File > Open Round for Answering, for a partnership in the repository with a round that has its instrument. */
public class OpenForAnsweringHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, CurrentPartnership current, RepositoryAccount account,
			@Optional ArrivingAnswers arriving) {
		java.util.Optional<PartnershipDocument> document = current.document();
		java.util.Optional<String> partnership = document.flatMap(RepositoryRounds::partnershipOf);
		if (partnership.isEmpty()) {
			MessageDialog.openInformation(shell, OpenForAnsweringDialog.TITLE, "Rounds are answered through the repository. Open a partnership from it"
					+ " (File > Open from Repository), or publish this one (File > Publish to Repository), first.");
			return;
		}
		List<AssessmentRound> rounds = AnswerImport.rounds(document.get().partnership());
		if (rounds.isEmpty()) {
			MessageDialog.openInformation(shell, OpenForAnsweringDialog.TITLE, "This partnership has no assessment round with its instrument chosen yet."
					+ " Add a round on the Assessments page of Learning and evolving, and choose its instrument.");
			return;
		}
		String id = partnership.get();
		try {
			List<Rounds.Opened> opened = RepositoryWork.run(shell, account, "Reading the rounds\u2026", repository -> new Rounds(repository).opened(id));
			new OpenForAnsweringDialog(shell, id, account.settings().orElseThrow().user(), rounds, opened, new OpenForAnsweringDialog.Server() {
				@Override
				public int open(Rounds.Opening opening) throws RepositoryException, IOException {
					return RepositoryWork.run(shell, account, "Opening the round\u2026", repository -> new Rounds(repository).open(opening));
				}

				@Override
				public void close(String round) throws RepositoryException, IOException {
					RepositoryWork.run(shell, account, "Closing the round\u2026", repository -> {
						new Rounds(repository).close(id, round);
						return null;
					});
				}

				@Override
				public Rounds.Progress progress(String round) throws RepositoryException, IOException {
					return RepositoryWork.run(shell, account, "Reading the round\u2026", repository -> new Rounds(repository).progress(id, round));
				}
			}).open();
			if (arriving != null) {
				arriving.readNow();
			}
		} catch (RepositoryException | IOException e) {
			ILog.of(getClass()).warn("Could not read the rounds of " + id, e);
			MessageDialog.openError(shell, OpenForAnsweringDialog.TITLE, e.getMessage());
		}
	}
}
