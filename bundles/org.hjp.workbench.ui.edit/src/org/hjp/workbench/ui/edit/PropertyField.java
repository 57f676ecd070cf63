package org.hjp.workbench.ui.edit;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * One editable property of one object in a {@link PropertiesPanel}. Each completed edit becomes one command
 * on the editing domain's command stack, so it can be undone as one step.
 */
abstract class PropertyField {

	protected final EditingDomain domain;
	protected final EObject object;
	protected final IItemPropertyDescriptor descriptor;
	protected final EStructuralFeature feature;

	PropertyField(EditingDomain domain, EObject object, IItemPropertyDescriptor descriptor) {
		this.domain = domain;
		this.object = object;
		this.descriptor = descriptor;
		this.feature = (EStructuralFeature) descriptor.getFeature(object);
	}

	/** Creates the field's control, already showing the current value. */
	abstract Control create(Composite parent);

	/** Shows the model's current value again, e.g. after undo. */
	abstract void refresh();

	/** Sets the feature to {@code value} through a command, unless it already has that value. */
	protected void set(Object value) {
		Object current = object.eGet(feature);
		if (current == null ? value == null : current.equals(value)) {
			return;
		}
		Command command = SetCommand.create(domain, object, feature, value == null ? SetCommand.UNSET_VALUE : value);
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	protected String label(Object value) {
		return descriptor.getLabelProvider(object).getText(value);
	}
}
