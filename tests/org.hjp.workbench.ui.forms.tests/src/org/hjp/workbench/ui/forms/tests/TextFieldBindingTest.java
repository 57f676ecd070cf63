package org.hjp.workbench.ui.forms.tests;

import static org.hjp.workbench.model.PartnershipPackage.Literals.PARTNERSHIP__NAME;
import static org.hjp.workbench.model.PartnershipPackage.Literals.PARTNERSHIP__PURPOSE;
import static org.hjp.workbench.model.PartnershipPackage.Literals.PARTNERSHIP__START_DATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;

import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.ui.forms.Pages;
import org.hjp.workbench.ui.forms.internal.ValueText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Text fields bound to the model through the editing domain: they show the model's value and follow its commands,
 * and a user's edit becomes one command when the user leaves the field (or presses Enter), not one per key.
 */
class TextFieldBindingTest {

	private static final String NAME = "Riverside health justice partnership";
	private static final String NEW_NAME = "Riverside and Valley health justice partnership";
	private static final String PURPOSE = "Legal help where families already go for health care.";
	private static final Date START = (Date) ValueText.parse(EcorePackage.Literals.EDATE, "2026-03-31");

	private FormOnAShell form;
	private Text name;
	private Text purpose;
	private Text start;

	@BeforeEach
	void openAFormOfThePartnership() {
		PartnershipDocument document = FormOnAShell.newPartnership();
		document.partnership().setStartDate(START);
		form = FormOnAShell.open(document, TextFieldBindingTest::page);
		name = form.field(PARTNERSHIP__NAME);
		purpose = form.field(PARTNERSHIP__PURPOSE);
		start = form.field(PARTNERSHIP__START_DATE);
	}

	private static void page(Pages pages) {
		pages.page("The partnership").section("About", null).field(PARTNERSHIP__NAME).field(PARTNERSHIP__PURPOSE).field(PARTNERSHIP__START_DATE);
	}

	@AfterEach
	void close() {
		form.close();
	}

	@Test
	void aFieldShowsTheModelsValueAndFollowsItsCommands() {
		assertEquals(NAME, name.getText());
		assertEquals("2026-03-31", start.getText(), "a date shows as year-month-day");

		form.execute(SetCommand.create(form.domain(), form.partnership(), PARTNERSHIP__NAME, NEW_NAME));
		form.waitUntil(() -> NEW_NAME.equals(name.getText()), "the field to show the name set by a command");
		form.commands().undo();
		form.waitUntil(() -> NAME.equals(name.getText()), "the field to show the name again after undo");
		form.commands().redo();
		form.waitUntil(() -> NEW_NAME.equals(name.getText()), "the field to show the new name after redo");
	}

	@Test
	void typingChangesNothingUntilTheFieldIsLeftThenIsOneCommand() {
		form.type(name, NEW_NAME);
		assertEquals(NAME, form.partnership().getName(), "nothing changes while the user is still in the field");
		assertFalse(form.commands().canUndo());

		form.focus(purpose);
		form.waitUntil(() -> NEW_NAME.equals(form.partnership().getName()), "leaving the field to change the name");
		form.commands().undo();
		assertEquals(NAME, form.partnership().getName());
		form.waitUntil(() -> NAME.equals(name.getText()), "the field to show the name undone");
		assertFalse(form.commands().canUndo(), "typing the name was one command, not one per key");
	}

	@Test
	void enterCommitsAndTheFocusStays() {
		form.type(name, NEW_NAME);
		name.traverse(SWT.TRAVERSE_RETURN);
		form.waitUntil(() -> NEW_NAME.equals(form.partnership().getName()), "Enter to change the name");
		assertEquals(name, form.display.getFocusControl());

		form.focus(purpose);
		form.commands().undo();
		assertEquals(NAME, form.partnership().getName());
		assertFalse(form.commands().canUndo(), "leaving the field after Enter added no second command");
	}

	@Test
	void leavingAFieldWithTheSameValuePutsNothingOnTheStack() {
		form.type(name, NAME);
		form.focus(purpose);
		form.type(start, "31 March 2026");
		form.focus(name);
		form.settle();
		assertFalse(form.commands().canUndo(), "neither the same name nor the same day written another way is a change");
		assertEquals(START, form.partnership().getStartDate());
	}

	@Test
	void twoFieldsEditedAreTwoCommandsUndoneOneAtATime() {
		form.type(name, NEW_NAME);
		form.type(purpose, PURPOSE);
		form.focus(name);
		form.waitUntil(() -> PURPOSE.equals(form.partnership().getPurpose()), "leaving the purpose to change it");
		assertEquals(NEW_NAME, form.partnership().getName());

		form.commands().undo();
		assertNull(form.partnership().getPurpose(), "the first undo takes back the purpose");
		assertEquals(NEW_NAME, form.partnership().getName(), "and leaves the name");
		form.waitUntil(() -> purpose.getText().isEmpty(), "the purpose field to empty");
		form.commands().undo();
		assertEquals(NAME, form.partnership().getName(), "the second undo takes back the name");
		form.waitUntil(() -> NAME.equals(name.getText()), "the name field to show the name undone");
		assertFalse(form.commands().canUndo());
	}

	@Test
	void textThatIsNotADateIsRefusedWithAMessageUntilItIsOne() {
		String hint = "Enter a date such as 2026-03-31, 31/3/2026 or 31 March 2026.";
		form.type(start, "next Tuesday");
		form.focus(name);
		form.waitUntil(() -> form.shows(CLabel.class, l -> hint.equals(l.getText())), "the field to say how to write a date");
		assertEquals(START, form.partnership().getStartDate());
		assertFalse(form.commands().canUndo(), "text that is not a date changes nothing");

		form.type(start, "1/4/2026");
		form.focus(name);
		form.waitUntil(() -> !START.equals(form.partnership().getStartDate()), "a date written day first to be taken");
		assertEquals("2026-04-01", ValueText.format(form.partnership().getStartDate()));
		form.waitUntil(() -> "2026-04-01".equals(start.getText()), "the field to show the date as the workbench writes it, at once");
		form.waitUntil(() -> !form.shows(CLabel.class, l -> hint.equals(l.getText())), "the message to go");
		assertTrue(form.commands().canUndo());
	}
}
