package org.hjp.workbench.ui.forms.internal;

import java.util.function.BiPredicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.hjp.workbench.ui.forms.ControlFactory;
import org.hjp.workbench.ui.forms.Fields;
import org.hjp.workbench.ui.forms.ListSpec;

/** What a page asks of a form, each call taken as one {@link FormStep}. */
abstract class FieldSteps implements Fields {

	abstract void take(FormStep step);

	private Fields add(FormStep step) {
		take(step);
		return this;
	}

	@Override
	public Fields section(String title, String help) {
		return add(new FormStep.Section(title, help));
	}

	@Override
	public Fields field(EStructuralFeature feature) {
		return add(new FormStep.Field(feature, null, null));
	}

	@Override
	public Fields field(EStructuralFeature feature, String help) {
		return add(new FormStep.Field(feature, help, null));
	}

	@Override
	public Fields field(EReference reference, String help, BiPredicate<EObject, Object> offered) {
		return add(new FormStep.Field(reference, help, offered));
	}

	@Override
	public Fields table(ListSpec list) {
		return add(new FormStep.Table(list));
	}

	@Override
	public Fields checks() {
		return add(new FormStep.Checks());
	}

	@Override
	public Fields control(ControlFactory factory) {
		return add(new FormStep.Custom(factory));
	}

	@Override
	public Fields text(String paragraph) {
		return add(new FormStep.Text(paragraph));
	}
}
