package org.hjp.workbench.ui.forms.tests;

import static org.hjp.workbench.model.PartnershipPackage.Literals.ORGANISATION__NAME;
import static org.hjp.workbench.model.PartnershipPackage.Literals.ORGANISATION__SECTOR;
import static org.hjp.workbench.model.PartnershipPackage.Literals.PARTNERSHIP__ORGANISATIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Table;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.core.validation.Problem.Severity;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.PartnershipFactory;
import org.hjp.workbench.ui.forms.ListSpec;
import org.hjp.workbench.ui.forms.Pages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A list page's table: virtual, so that only the rows in sight are given text however long the list; following the
 * model's commands; adding and removing with Insert and Delete; keeping the selected item selected while rows are
 * added, removed, sorted, renamed or marked with problems.
 */
class ListTableTest {

	private static final String CHOSEN = "Organisation 18";

	private final PartnershipDocument document = FormOnAShell.newPartnership();
	private FormOnAShell form;

	private static void page(Pages pages) {
		pages.page("Organisations", ListSpec.of(PARTNERSHIP__ORGANISATIONS).columns(ORGANISATION__NAME, ORGANISATION__SECTOR)
				.details(organisation -> organisation.field(ORGANISATION__NAME)));
	}

	@AfterEach
	void close() {
		if (form != null) {
			form.close();
		}
	}

	@Test
	void fiveThousandOrganisationsAreRowsButOnlyThoseInSightGetText() {
		addOrganisations(5_000);
		int rows = document.partnership().getOrganisations().size();
		Set<Integer> rowsGivenText = new TreeSet<>();
		Listener counter = e -> rowsGivenText.add(e.index);
		Display.getDefault().addFilter(SWT.SetData, counter);
		Table table;
		try {
			form = FormOnAShell.open(document, ListTableTest::page);
			table = form.list(PARTNERSHIP__ORGANISATIONS);
			assertTrue((table.getStyle() & SWT.VIRTUAL) != 0, "the table is virtual");
			assertEquals(rows, table.getItemCount());
			form.waitUntil(() -> !rowsGivenText.isEmpty(), "the rows in sight to be given text");
			form.settle();
		} finally {
			Display.getDefault().removeFilter(SWT.SetData, counter);
		}
		int wholeRowsInSight = table.getClientArea().height / table.getItemHeight();
		assertTrue(rowsGivenText.contains(0) && rowsGivenText.contains(wholeRowsInSight - 1), "the rows in sight have text: " + rowsGivenText);
		// GTK asks for a few rows beyond them too, to measure.
		assertTrue(rowsGivenText.size() < 2 * wholeRowsInSight, "hardly any row out of sight has text: " + rowsGivenText);

		Organisation added = organisation("Valley Community Health");
		form.execute(AddCommand.create(form.domain(), form.partnership(), PARTNERSHIP__ORGANISATIONS, added));
		form.waitUntil(() -> table.getItemCount() == rows + 1, "the organisation added by a command to be a row");
		assertEquals(added.getName(), table.getItem(rows).getText(0));
		form.commands().undo();
		form.waitUntil(() -> table.getItemCount() == rows, "undo to take the row away");
	}

	@Test
	void theSelectedItemStaysSelectedWhenARowIsAddedAboveIt() {
		Table table = openWithTheChosenSelected();
		form.execute(AddCommand.create(form.domain(), form.partnership(), PARTNERSHIP__ORGANISATIONS, organisation("Valley Community Health"), 0));
		form.waitUntil(() -> table.getItemCount() == 23, "the added organisation's row");
		assertSelected(table, "after a row was added above it");
	}

	@Test
	void theSelectedItemStaysSelectedWhenARowAboveIsRemoved() {
		Table table = openWithTheChosenSelected();
		form.execute(RemoveCommand.create(form.domain(), form.partnership(), PARTNERSHIP__ORGANISATIONS, named("Organisation 20")));
		form.waitUntil(() -> table.getItemCount() == 21, "the removed organisation's row to go");
		assertSelected(table, "after a row above it was removed");
	}

	@Test
	void theSelectedItemStaysSelectedWhenTheListIsSortedByAColumn() {
		Table table = openWithTheChosenSelected();
		int before = table.getSelectionIndex();
		table.getColumn(0).notifyListeners(SWT.Selection, new Event());
		form.waitUntil(() -> table.getSortDirection() == SWT.UP, "a click on the heading to sort by name");
		assertNotEquals(before, table.getSelectionIndex(), "sorting moved the chosen row");
		assertSelected(table, "after sorting");
	}

	@Test
	void theSelectedItemStaysSelectedWhenAnotherRowIsRenamedOrMarked() {
		Table table = openWithTheChosenSelected();
		int renamedRow = rowOf(table, named("Organisation 03"));
		form.execute(SetCommand.create(form.domain(), named("Organisation 03"), ORGANISATION__NAME, "Organisation 99"));
		form.waitUntil(() -> "Organisation 99".equals(table.getItem(renamedRow).getText(0)), "the renamed row to show its new name");
		assertSelected(table, "after another row was renamed");

		Organisation other = named("Organisation 05");
		form.showProblems(new Problem(Severity.ERROR, "Give the organisation a sector.", other, ORGANISATION__SECTOR));
		form.waitUntil(() -> table.getItem(rowOf(table, other)).getImage(0) != null, "the problem's icon on the row of the item it is about");
		assertNull(table.getItem(table.getSelectionIndex()).getImage(0), "no icon on a row without problems");
		assertSelected(table, "after problems were shown");
	}

	@Test
	void deleteRemovesTheSelectedItemAndSelectsTheOneThatTookItsPlace() {
		Table table = openWithTheChosenSelected();
		int row = table.getSelectionIndex();
		String next = table.getItem(row + 1).getText(0);
		press(table, SWT.DEL);
		form.waitUntil(() -> table.getItemCount() == 21, "Delete to remove the chosen organisation");
		assertTrue(document.partnership().getOrganisations().stream().noneMatch(o -> CHOSEN.equals(o.getName())));
		form.settle();
		assertEquals(row, table.getSelectionIndex(), "the row that took its place is selected");
		assertEquals(next, table.getItem(row).getText(0));
		form.waitUntil(() -> next.equals(form.field(ORGANISATION__NAME).getText()), "its details to show");
		form.commands().undo();
		form.waitUntil(() -> table.getItemCount() == 22, "undo to bring the organisation back");
	}

	@Test
	void insertAddsAnItemSelectsItAndFocusesItsFirstField() {
		Table table = openWithTheChosenSelected();
		form.focus(table);
		press(table, SWT.INSERT);
		form.waitUntil(() -> table.getItemCount() == 23, "Insert to add an organisation");
		Organisation added = document.partnership().getOrganisations().get(22);
		form.waitUntil(() -> form.display.getFocusControl() == form.field(ORGANISATION__NAME), "the focus in the new organisation's name");
		assertEquals(22, table.getSelectionIndex(), "the new row is selected");
		assertNull(added.getName());
		form.commands().undo();
		form.waitUntil(() -> table.getItemCount() == 22, "one undo to take the new organisation away");
	}

	/** A list of 22 organisations with {@link #CHOSEN} selected. */
	private Table openWithTheChosenSelected() {
		addOrganisations(20);
		form = FormOnAShell.open(document, ListTableTest::page);
		Table table = form.list(PARTNERSHIP__ORGANISATIONS);
		select(table, named(CHOSEN));
		form.waitUntil(() -> CHOSEN.equals(form.field(ORGANISATION__NAME).getText()), "the chosen organisation's details");
		return table;
	}

	/** Selects the row of {@code organisation} as a click does. */
	private void select(Table table, Organisation organisation) {
		int row = rowOf(table, organisation);
		table.setSelection(row);
		Event click = new Event();
		click.item = table.getItem(row);
		table.notifyListeners(SWT.Selection, click);
	}

	private static void press(Table table, int key) {
		Event press = new Event();
		press.keyCode = key;
		table.notifyListeners(SWT.KeyDown, press);
	}

	private static int rowOf(Table table, Organisation organisation) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (organisation.getName().equals(table.getItem(i).getText(0))) {
				return i;
			}
		}
		throw new AssertionError("No row for " + organisation.getName());
	}

	private void assertSelected(Table table, String when) {
		form.settle();
		assertEquals(1, table.getSelectionCount(), "one row selected " + when);
		assertEquals(CHOSEN, table.getItem(table.getSelectionIndex()).getText(0), "the chosen row selected " + when);
		assertEquals(CHOSEN, form.field(ORGANISATION__NAME).getText(), "the details show the chosen organisation " + when);
	}

	private Organisation named(String name) {
		return document.partnership().getOrganisations().stream().filter(o -> name.equals(o.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("No organisation " + name));
	}

	/** Organisations named so that sorting by name turns their order round: Organisation 20 first, then 19 and on. */
	private void addOrganisations(int count) {
		String digits = "%0" + String.valueOf(count).length() + "d";
		for (int i = count; i > 0; i--) {
			document.partnership().getOrganisations().add(organisation("Organisation " + String.format(digits, i)));
		}
	}

	private static Organisation organisation(String name) {
		Organisation organisation = PartnershipFactory.eINSTANCE.createOrganisation();
		organisation.setName(name);
		return organisation;
	}
}
