package org.hjp.workbench.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.hjp.workbench.ui.session.CurrentPartnership;

/** Base of the handlers that act on the open partnership: they are enabled only while one is open. */
abstract class WithOpenPartnership {

	@CanExecute
	public boolean canExecute(CurrentPartnership current) {
		return current.document().isPresent();
	}
}
