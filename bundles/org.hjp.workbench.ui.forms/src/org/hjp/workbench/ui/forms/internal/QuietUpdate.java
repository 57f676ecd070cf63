package org.hjp.workbench.ui.forms.internal;

import java.util.Objects;

import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Writes a field's value to the model only when it differs from the model's, so that leaving a field unchanged
 * puts no empty step on the undo stack and does not mark the partnership as changed.
 */
final class QuietUpdate<S, D> extends UpdateValueStrategy<S, D> {

	@Override
	protected IStatus doSet(IObservableValue<? super D> observable, D value) {
		if (Objects.equals(observable.getValue(), value)) {
			return Status.OK_STATUS;
		}
		return super.doSet(observable, value);
	}
}
