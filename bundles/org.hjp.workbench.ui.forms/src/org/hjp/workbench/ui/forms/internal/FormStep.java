package org.hjp.workbench.ui.forms.internal;

import java.util.function.BiPredicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.hjp.workbench.ui.forms.ControlFactory;
import org.hjp.workbench.ui.forms.ListSpec;

/**
 * One thing a page asked a form to show, in the order asked. A list's details form is kept for the items of one kind:
 * the steps its page asks for another item are compared with those the form was built from, and when they match, the
 * form shows the other item without making a widget.
 */
sealed interface FormStep {

	record Section(String title, String help) implements FormStep {
	}

	/** A field; {@code offered} is null when every object the model allows is offered. */
	record Field(EStructuralFeature feature, String help, BiPredicate<EObject, Object> offered) implements FormStep {
	}

	record Table(ListSpec list) implements FormStep {
	}

	record Checks() implements FormStep {
	}

	record Custom(ControlFactory factory) implements FormStep {
	}

	record Text(String paragraph) implements FormStep {
	}
}
