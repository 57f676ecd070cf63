package org.hjp.workbench.ui.forms.tests;

import static org.hjp.workbench.model.PartnershipPackage.Literals.ORGANISATION__NAME;
import static org.hjp.workbench.model.PartnershipPackage.Literals.ORGANISATION__DESCRIPTION;
import static org.hjp.workbench.model.PartnershipPackage.Literals.PARTNERSHIP__CHALLENGE_AND_DIFFERENCE;
import static org.hjp.workbench.model.PartnershipPackage.Literals.PARTNERSHIP__NAME;
import static org.hjp.workbench.model.PartnershipPackage.Literals.PARTNERSHIP__ORGANISATIONS;
import static org.hjp.workbench.model.PartnershipPackage.Literals.PARTNERSHIP__PURPOSE;
import static org.hjp.workbench.model.PartnershipPackage.Literals.PARTNERSHIP__START_DATE;
import static org.hjp.workbench.model.PartnershipPackage.Literals.PARTNERSHIP__WHY_IT_WILL_WORK;
import static org.hjp.workbench.model.PartnershipPackage.Literals.PARTNERSHIP__WHY_PARTNER;
import static org.hjp.workbench.model.PartnershipPackage.Literals.PARTNERSHIP__WITH_WHOM_AND_WHY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.core.validation.Problem.Severity;
import org.hjp.workbench.ui.forms.ListSpec;
import org.hjp.workbench.ui.forms.Pages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Typing lands where the user looks: messages coming and going move no control, a check's way to its field brings
 * the field's tab to the front, the field with the focus is always in sight, and another item's form starts at its top.
 */
class FormStaysStillTest {

	private static final String PROBLEM = "Say what the partnership is for.";
	private static final String BAD_DATE = "next Tuesday";

	private FormOnAShell form;

	@AfterEach
	void close() {
		if (form != null) {
			form.close();
		}
	}

	private static void longPage(Pages pages) {
		pages.page("Why this partnership").checks().field(PARTNERSHIP__NAME).field(PARTNERSHIP__PURPOSE).field(PARTNERSHIP__START_DATE)
				.field(PARTNERSHIP__WHY_PARTNER).field(PARTNERSHIP__WITH_WHOM_AND_WHY).field(PARTNERSHIP__CHALLENGE_AND_DIFFERENCE)
				.field(PARTNERSHIP__WHY_IT_WILL_WORK);
	}

	@Test
	void aCheckOrAWrongValueComingAndGoingMovesNoControl() {
		form = FormOnAShell.open(FormOnAShell.newPartnership(), FormStaysStillTest::longPage);
		Map<Control, Rectangle> before = form.placesOnScreen();

		form.showProblems(new Problem(Severity.WARNING, PROBLEM, form.partnership(), PARTNERSHIP__PURPOSE));
		form.waitUntil(() -> form.shows(CLabel.class, l -> PROBLEM.equals(l.getText())), "the problem under its field");
		form.settle();
		assertEquals(before, placesOf(before), "where each control is, with a check shown");

		Text date = form.field(PARTNERSHIP__START_DATE);
		form.type(date, BAD_DATE);
		form.focus(form.field(PARTNERSHIP__NAME));
		form.waitUntil(() -> form.shows(CLabel.class, l -> l.getText().contains("date")), "the date field to say how to write a date");
		form.settle();
		assertEquals(before, placesOf(before), "where each control is, with a check and a wrong value shown");

		form.type(date, "2026-04-01");
		form.focus(form.field(PARTNERSHIP__NAME));
		form.showProblems();
		form.waitUntil(() -> form.shows(CLabel.class, l -> "Checks: all clear.".equals(l.getText())), "the checks to be clear");
		form.settle();
		assertEquals(before, placesOf(before), "where each control is, once the messages are gone");
	}

	@Test
	void aMessageTooLongForItsLineTakesNoMoreRoomAndIsWholeInItsTooltip() {
		form = FormOnAShell.open(FormOnAShell.newPartnership(), FormStaysStillTest::longPage);
		String longMessage = "Say what the partnership is for. ".repeat(12).strip();
		Map<Control, Rectangle> before = form.placesOnScreen();
		form.showProblems(new Problem(Severity.WARNING, longMessage, form.partnership(), PARTNERSHIP__PURPOSE));
		CLabel line = form.find(CLabel.class, l -> longMessage.equals(l.getText()), "the long message");
		form.settle();
		assertEquals(longMessage, line.getToolTipText());
		assertTrue(line.getSize().x < line.computeSize(SWT.DEFAULT, SWT.DEFAULT).x, "the message is longer than its line");
		assertEquals(before, placesOf(before), "where each control is: the long message took no more room");
	}

	@Test
	void aCheckLeadsToItsFieldOnATabThatIsNotInFront() {
		form = FormOnAShell.open(FormOnAShell.newPartnership(), pages -> {
			pages.page("Governance").checks().field(PARTNERSHIP__NAME);
			pages.page("Information").field(PARTNERSHIP__PURPOSE);
		});
		CTabFolder tabs = form.find(CTabFolder.class, f -> true, "the form's tabs");
		assertEquals("Governance", tabs.getSelection().getText());
		form.showProblems(new Problem(Severity.WARNING, PROBLEM, form.partnership(), PARTNERSHIP__PURPOSE));
		form.waitUntil(() -> form.shows(CLabel.class, l -> "Checks: one thing to look at.".equals(l.getText())), "the check");

		form.goToCheck(PROBLEM);
		Text purpose = form.field(PARTNERSHIP__PURPOSE);
		form.waitUntil(() -> form.display.getFocusControl() == purpose, "the focus in the field the check is about");
		assertEquals("Information", tabs.getSelection().getText(), "the field's tab in front");
		assertTrue(purpose.isVisible(), "the field with the focus shows");
	}

	@Test
	void tabbingThroughALongFormKeepsTheFieldWithTheFocusInSight() {
		form = FormOnAShell.open(FormOnAShell.newPartnership(), FormStaysStillTest::longPage);
		form.resize(700, 260);
		ScrolledComposite scroller = form.find(ScrolledComposite.class, s -> true, "the form's scroller");
		Text name = form.field(PARTNERSHIP__NAME);
		form.focus(name);
		Text last = form.field(PARTNERSHIP__WHY_IT_WILL_WORK);
		assertTrue(!isInSight(scroller, last), "the last field starts out of sight");
		for (int i = 0; i < 20 && form.display.getFocusControl() != last; i++) {
			form.display.getFocusControl().traverse(SWT.TRAVERSE_TAB_NEXT);
			form.settle();
			Control focused = form.display.getFocusControl();
			assertTrue(isInSight(scroller, focused), "the field with the focus is in sight: " + focused.getData("hjp.field"));
		}
		assertEquals(last, form.display.getFocusControl(), "Tab reached the last field");
	}

	@Test
	void anotherItemsFormStartsAtItsTop() {
		// The new partnership has its two lead organisations.
		form = FormOnAShell.open(FormOnAShell.newPartnership(), pages -> pages.page("Organisations",
				ListSpec.of(PARTNERSHIP__ORGANISATIONS).details(o -> o.checks().field(ORGANISATION__NAME)
						.text("A long explanation that wraps onto many lines. ".repeat(40)).field(ORGANISATION__DESCRIPTION))));
		form.resize(700, 300);
		Table list = form.list(PARTNERSHIP__ORGANISATIONS);
		form.waitUntil(() -> form.shows(Text.class, t -> "Riverside Legal Service".equals(t.getText())), "the first item's form");
		ScrolledComposite details = form.find(ScrolledComposite.class, s -> !isInside(list, s), "the details' scroller");
		details.setOrigin(0, 200);
		form.settle();
		assertTrue(details.getOrigin().y > 0, "the first item's form scrolled down");

		list.setSelection(1);
		list.notifyListeners(SWT.Selection, new Event());
		form.waitUntil(() -> form.shows(Text.class, t -> "Riverside Hospital".equals(t.getText())), "the second item's form");
		form.settle();
		assertEquals(0, details.getOrigin().y, "the second item's form starts at its top");
	}

	/** Where the controls of {@code before} are now; controls made since (a message's line) are left out. */
	private Map<Control, Rectangle> placesOf(Map<Control, Rectangle> before) {
		Map<Control, Rectangle> now = form.placesOnScreen();
		now.keySet().retainAll(before.keySet());
		return now;
	}

	private static boolean isInside(Control control, Control ancestor) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c == ancestor) {
				return true;
			}
		}
		return false;
	}

	private static boolean isInSight(ScrolledComposite scroller, Control control) {
		Rectangle area = scroller.getClientArea();
		Rectangle shown = new Rectangle(scroller.toDisplay(0, 0).x, scroller.toDisplay(0, 0).y, area.width, area.height);
		Rectangle bounds = control.getBounds();
		Point at = control.getParent().toDisplay(bounds.x, bounds.y);
		return shown.contains(at.x, at.y) && shown.contains(at.x, at.y + Math.min(bounds.height, area.height) - 1);
	}
}
