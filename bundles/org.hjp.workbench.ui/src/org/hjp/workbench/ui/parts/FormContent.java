package org.hjp.workbench.ui.parts;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.ui.forms.StagePage;
import org.hjp.workbench.ui.forms.internal.StageForm;
import org.eclipse.swt.widgets.Composite;

/** A stage shown through the form its bundle declares. */
final class FormContent implements StageContent {

	private final StageForm form;

	FormContent(Composite parent, PartnershipDocument document, EObject root, StagePage page) {
		form = new StageForm(parent, document.editingDomain(), document.editingDomain().getAdapterFactory(), root, document.partnership());
		page.build(form);
	}

	@Override
	public void reveal(EObject object, EStructuralFeature feature) {
		form.reveal(object, feature);
	}

	@Override
	public void showProblems(List<Problem> problems) {
		form.showProblems(problems);
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}
}
