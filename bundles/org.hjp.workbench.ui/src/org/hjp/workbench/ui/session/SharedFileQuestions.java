package org.hjp.workbench.ui.session;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.core.persistence.PartnershipLock;

/** What the user is asked when a partnership file is shared: someone else has it open, or changed it since it was opened here. */
final class SharedFileQuestions {

	enum Opening {
		READ_ONLY, ANYWAY, CANCEL
	}

	enum Saving {
		MINE_KEEPING_THEIRS, THEIRS_KEEPING_MINE, CANCEL
	}

	private SharedFileQuestions() {
	}

	static Opening howToOpenHeld(Shell shell, Path file, PartnershipLock.Holder holder) {
		MessageDialog question = new MessageDialog(shell, "Someone has this partnership open", null,
				"\u201c" + file.getFileName() + "\u201d is open in the workbench of " + holder.user() + " on " + holder.host() + ", since "
						+ since(holder) + ". If you both change it, the one who saves last replaces the other's changes.\n\n"
						+ "Open it read-only to look at it, or open it anyway if you know they are not changing it.",
				MessageDialog.WARNING, 0, "Open &Read-Only", "Open &Anyway", "Cancel");
		return switch (question.open()) {
			case 0 -> Opening.READ_ONLY;
			case 1 -> Opening.ANYWAY;
			default -> Opening.CANCEL;
		};
	}

	static Saving howToSaveChanged(Shell shell, Path file, Path theirCopy, Path myCopy) {
		MessageDialog question = new MessageDialog(shell, "The file was changed by someone else", null,
				"\u201c" + file.getFileName() + "\u201d was changed on disk since you opened it (by a colleague, or by a synced folder). "
						+ "Saving now would replace their changes.\n\n"
						+ "Save yours and keep theirs as \u201c" + theirCopy.getFileName() + "\u201d, or open theirs and keep yours as \u201c"
						+ myCopy.getFileName() + "\u201d. Either way nothing is lost; you can compare the two files afterwards.",
				MessageDialog.WARNING, 0, "&Save Mine, Keep Theirs", "&Open Theirs, Keep Mine", "Cancel");
		return switch (question.open()) {
			case 0 -> Saving.MINE_KEEPING_THEIRS;
			case 1 -> Saving.THEIRS_KEEPING_MINE;
			default -> Saving.CANCEL;
		};
	}

	private static String since(PartnershipLock.Holder holder) {
		ZonedDateTime since = holder.since().atZone(ZoneId.systemDefault());
		String time = DateTimeFormatter.ofPattern("H:mm", Locale.ENGLISH).format(since);
		return since.toLocalDate().equals(LocalDate.now()) ? time + " today" : time + " on " + DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH).format(since);
	}
}
