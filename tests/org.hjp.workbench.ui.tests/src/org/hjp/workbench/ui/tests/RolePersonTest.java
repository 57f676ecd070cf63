package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.hjp.workbench.ui.forms.internal.FieldsForm;
import org.hjp.workbench.ui.parts.ProblemsPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The person for a role is chosen from the role's partner, and a person from another partner is named by a check. */
class RolePersonTest extends WorkbenchTest {

	@TempDir
	Path folder;

	@Test
	void aRoleOffersThePeopleOfItsPartnerAndWarnsOfAnyoneElse() throws Exception {
		openCopyOfSample(folder, "roles.hjp");
		openStage("Agreeing on how you'll work together");
		clickTab("Roles and contributions");
		Table roles = driver.find(Table.class, t -> "roles".equals(t.getData(FieldsForm.LIST_KEY)) && t.isVisible(), "the roles");
		TableItem first = driver.onUi(() -> roles.getItem(0));
		driver.click(roles, driver.onUi(() -> first.getBounds(0)), 1);
		Combo person = driver.find(Combo.class, c -> "person".equals(c.getData(FieldsForm.FIELD_KEY)) && c.isVisible(), "the role's person");
		Combo partner = driver.find(Combo.class, c -> "partner".equals(c.getData(FieldsForm.FIELD_KEY)) && c.isVisible(), "the role's partner");
		driver.waitUntil(() -> "Amara Okafor".equals(driver.onUi(person::getText)), "the lawyer's role");
		driver.click(person);
		driver.press(0, org.eclipse.swt.SWT.ESC);
		assertEquals(List.of("(none)", "Amara Okafor", "Tom Nguyen", "Priya Shah"), driver.onUi(() -> Arrays.asList(person.getItems())),
				"only the legal centre's people");

		int hospital = driver.onUi(() -> Arrays.asList(partner.getItems()).indexOf("Riverbend Regional Hospital"));
		driver.runOnUi(() -> {
			partner.select(hospital);
			partner.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		});
		Table problems = driver.byKey(Table.class, ProblemsPart.TABLE_KEY, Boolean.TRUE);
		driver.waitUntil(() -> driver.onUi(() -> Arrays.stream(problems.getItems()).anyMatch(i -> i.getText(1)
				.startsWith("The person named for this role, \u201cAmara Okafor\u201d, works for a partner other than \u201cRiverbend Regional Hospital\u201d"))),
				"the check that the person is with another partner");
		driver.click(person);
		driver.press(0, org.eclipse.swt.SWT.ESC);
		assertEquals(List.of("(none)", "Amara Okafor", "Helen Whitford", "Jo McAllister", "Sam Ortiz"), driver.onUi(() -> Arrays.asList(person.getItems())),
				"the hospital's people, and the person still linked");
	}
}
