package org.hjp.workbench.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.hjp.workbench.core.editing.PartnershipDocument;

/** Base of the handlers that act on the open partnership: they are enabled only while one is open. */
abstract class WithOpenPartnership {

	@CanExecute
	public boolean canExecute(@Optional PartnershipDocument document) {
		return document != null;
	}
}
