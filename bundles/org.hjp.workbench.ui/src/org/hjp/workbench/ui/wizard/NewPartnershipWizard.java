package org.hjp.workbench.ui.wizard;

import org.eclipse.jface.wizard.Wizard;

/** Asks for what a new partnership needs first: its name and its two lead organisations. */
public class NewPartnershipWizard extends Wizard {

	private final NewPartnershipPage page = new NewPartnershipPage();
	private String[] answers;

	public NewPartnershipWizard() {
		setWindowTitle("New partnership");
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		if (!page.isPageComplete()) {
			return false;
		}
		answers = page.answers();
		return true;
	}

	public String partnershipName() {
		return answers[0];
	}

	public String legalOrganisation() {
		return answers[1];
	}

	public String healthOrganisation() {
		return answers[2];
	}
}
