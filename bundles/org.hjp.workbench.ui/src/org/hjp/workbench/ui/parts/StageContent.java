package org.hjp.workbench.ui.parts;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.hjp.workbench.core.validation.Problem;

/** What a stage editor shows of its stage: the stage's own form, or the generic tree and details. */
interface StageContent {

	/** Selects {@code object} and focuses the field of {@code feature}, if it can. */
	void reveal(EObject object, EStructuralFeature feature);

	void showProblems(List<Problem> problems);

	void setFocus();
}
