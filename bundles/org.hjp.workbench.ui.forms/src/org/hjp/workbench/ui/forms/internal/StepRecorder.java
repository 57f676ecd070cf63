package org.hjp.workbench.ui.forms.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hjp.workbench.ui.forms.DetailForm;

/** Writes down the steps a details form takes for an object, without making anything. */
final class StepRecorder extends FieldSteps {

	private final EObject object;
	private final List<FormStep> steps = new ArrayList<>();

	private StepRecorder(EObject object) {
		this.object = object;
	}

	static List<FormStep> steps(EObject object, DetailForm form) {
		StepRecorder recorder = new StepRecorder(object);
		form.fill(recorder);
		return recorder.steps;
	}

	@Override
	void take(FormStep step) {
		steps.add(step);
	}

	@Override
	public EObject object() {
		return object;
	}
}
