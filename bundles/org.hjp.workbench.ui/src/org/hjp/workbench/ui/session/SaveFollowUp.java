package org.hjp.workbench.ui.session;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.core.editing.PartnershipDocument;

/**
 * Where else a partnership goes once its file is saved, such as a shared repository. A plug-in puts one in the
 * application context; {@link DocumentActions} calls it after every save of a file. The file is saved whatever it
 * does, so a failure here loses nothing: it tells the user, and may keep the document marked unsaved.
 */
@FunctionalInterface
public interface SaveFollowUp {

	/** Called on the UI thread after {@code document} was written to {@code file}. */
	void saved(Shell shell, PartnershipDocument document, Path file);
}
