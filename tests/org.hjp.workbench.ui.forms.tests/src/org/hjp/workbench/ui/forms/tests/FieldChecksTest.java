package org.hjp.workbench.ui.forms.tests;

import static org.hjp.workbench.model.PartnershipPackage.Literals.PARTNERSHIP__NAME;
import static org.hjp.workbench.model.PartnershipPackage.Literals.PARTNERSHIP__PURPOSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.core.validation.Problem.Severity;
import org.hjp.workbench.ui.forms.Pages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The partnership's validation problems shown on a form: under the field they are about, and in the form's checks. */
class FieldChecksTest {

	private static final String PROBLEM = "Say what the partnership is for.";

	private FormOnAShell form;

	@BeforeEach
	void openAFormWithChecks() {
		form = FormOnAShell.open(FormOnAShell.newPartnership(), FieldChecksTest::page);
	}

	private static void page(Pages pages) {
		pages.page("The partnership").checks().field(PARTNERSHIP__NAME).field(PARTNERSHIP__PURPOSE);
	}

	@AfterEach
	void close() {
		form.close();
	}

	@Test
	void aProblemShowsUnderItsFieldAndItsCheckLeadsToTheField() {
		Text purpose = form.field(PARTNERSHIP__PURPOSE);
		form.showProblems(new Problem(Severity.WARNING, PROBLEM, form.partnership(), PARTNERSHIP__PURPOSE));
		form.waitUntil(() -> form.shows(CLabel.class, l -> PROBLEM.equals(l.getText())), "the problem under its field");
		CLabel message = form.find(CLabel.class, l -> PROBLEM.equals(l.getText()), "the problem's message");
		assertEquals(purpose.getParent(), message.getParent(), "the message is in the purpose field's box");
		assertTrue(form.shows(CLabel.class, l -> "Checks: one thing to look at.".equals(l.getText())));

		form.focus(form.field(PARTNERSHIP__NAME));
		form.goToCheck(PROBLEM);
		form.waitUntil(() -> form.display.getFocusControl() == purpose, "the check to take the user to the field");
	}

	@Test
	void aProblemSolvedLeavesTheFormAndTheChecksAllClear() {
		form.showProblems(new Problem(Severity.WARNING, PROBLEM, form.partnership(), PARTNERSHIP__PURPOSE));
		form.waitUntil(() -> form.shows(CLabel.class, l -> PROBLEM.equals(l.getText())), "the problem under its field");
		assertTrue(form.shows(Link.class, l -> l.getText().contains("Go to a check")), "a way to the checks");

		form.showProblems();
		form.waitUntil(() -> !form.shows(CLabel.class, l -> PROBLEM.equals(l.getText())), "the message to go");
		assertTrue(form.shows(CLabel.class, l -> "Checks: all clear.".equals(l.getText())));
		assertFalse(form.shows(Link.class, l -> l.getText().contains("Go to a check")), "no way to checks there are not");
	}
}
