package org.hjp.workbench.questionnaire.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.ui.session.PendingEdits;
import org.hjp.workbench.ui.session.WaitingContext;

import jakarta.inject.Named;

/** File > Import Answers: enabled while a partnership that may be changed is open. */
public class ImportAnswersHandler {

	@CanExecute
	public boolean canExecute(@Optional PartnershipDocument document) {
		return document != null && !document.isReadOnly();
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional PartnershipDocument document) {
		if (!canExecute(document) || WaitingContext.isRunning(shell.getDisplay())) {
			return;
		}
		PendingEdits.commit();
		AnswersImportDialog dialog = new AnswersImportDialog(shell, document);
		if (dialog.open() == Window.OK) {
			dialog.imported().ifPresent(summary -> MessageDialog.openInformation(shell, "Answers imported", summary));
		}
	}
}
