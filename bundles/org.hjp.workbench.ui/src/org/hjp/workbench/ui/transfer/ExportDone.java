package org.hjp.workbench.ui.transfer;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.ui.session.Desktop;

/** What an export wrote and where, once it has finished, with a way to the folder. */
record ExportDone(String format, Path folder, List<Path> files) {

	static final String TITLE = "Export finished";
	private static final int FILES_NAMED = 8;
	private static final int OPEN_FOLDER = 0;

	String message() {
		StringBuilder message = new StringBuilder("Exported: ").append(shortName()).append(".\nWritten into ").append(folder).append(":\n");
		for (Path file : files.subList(0, Math.min(FILES_NAMED, files.size()))) {
			message.append("\n  ").append(file.getFileName());
		}
		if (files.size() > FILES_NAMED) {
			message.append("\n  and ").append(files.size() - FILES_NAMED).append(" more files");
		}
		return message.toString();
	}

	/** The format's name without its explanation: "MOU draft (DOCX)" of "MOU draft (DOCX): the agreement, to edit ...". */
	private String shortName() {
		int colon = format.indexOf(':');
		return colon > 0 ? format.substring(0, colon) : format;
	}

	void tell(Shell shell, Desktop desktop) {
		MessageDialog told = new MessageDialog(shell, TITLE, null, message(), MessageDialog.INFORMATION, 1, "&Open Folder", "Close");
		if (told.open() == OPEN_FOLDER) {
			desktop.open(shell, folder, "the exported files");
		}
	}
}
