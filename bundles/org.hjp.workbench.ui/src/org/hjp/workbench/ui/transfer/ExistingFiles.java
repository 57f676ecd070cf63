package org.hjp.workbench.ui.transfer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** Asks before an export writes over files, and never lets it write over the partnership file being edited. */
final class ExistingFiles {

	private ExistingFiles() {
	}

	static boolean mayReplace(Shell shell, List<Path> targets, Path partnershipFile) {
		if (partnershipFile != null && targets.stream().anyMatch(t -> t.toAbsolutePath().normalize().equals(partnershipFile.toAbsolutePath().normalize()))) {
			MessageDialog.openError(shell, "Choose another name", "That would replace the partnership file you are editing, "
					+ partnershipFile.getFileName() + ". Choose another name or folder, or use Save As.");
			return false;
		}
		List<String> existing = targets.stream().filter(Files::exists).map(t -> t.getFileName().toString()).toList();
		if (existing.isEmpty()) {
			return true;
		}
		MessageDialog question = new MessageDialog(shell, "Replace files?", null, "The folder already has "
				+ String.join(", ", existing) + ". Replace " + (existing.size() == 1 ? "it" : "them") + " with this export?",
				MessageDialog.QUESTION, 1, "&Replace", "Cancel");
		return question.open() == 0;
	}
}
