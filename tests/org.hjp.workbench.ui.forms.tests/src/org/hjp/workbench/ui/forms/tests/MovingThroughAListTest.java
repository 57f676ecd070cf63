package org.hjp.workbench.ui.forms.tests;

import static org.hjp.workbench.model.PartnershipPackage.Literals.ORGANISATION__LEAD;
import static org.hjp.workbench.model.PartnershipPackage.Literals.ORGANISATION__NAME;
import static org.hjp.workbench.model.PartnershipPackage.Literals.ORGANISATION__PEOPLE;
import static org.hjp.workbench.model.PartnershipPackage.Literals.ORGANISATION__SECTOR;
import static org.hjp.workbench.model.PartnershipPackage.Literals.PARTNERSHIP__COHORTS;
import static org.hjp.workbench.model.PartnershipPackage.Literals.PARTNERSHIP__ORGANISATIONS;
import static org.hjp.workbench.model.PartnershipPackage.Literals.PERSON__EMAIL;
import static org.hjp.workbench.model.PartnershipPackage.Literals.PERSON__NAME;
import static org.hjp.workbench.model.PartnershipPackage.Literals.TARGET_COHORT__ESTIMATED_SIZE;
import static org.hjp.workbench.model.PartnershipPackage.Literals.TARGET_COHORT__NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.core.validation.Problem.Severity;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.PartnershipFactory;
import org.hjp.workbench.model.Person;
import org.hjp.workbench.model.Sector;
import org.hjp.workbench.model.TargetCohort;
import org.hjp.workbench.ui.forms.ListSpec;
import org.hjp.workbench.ui.forms.Pages;
import org.hjp.workbench.ui.forms.internal.FieldsForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A list's details form is made once and given each item selected: moving through a list makes and disposes no
 * control and changes nothing in the model, while the form shows each item's values, lists, checks and messages, and
 * what is typed goes to the item shown.
 */
class MovingThroughAListTest {

	private static final String LEGAL = "Riverside Legal Service";
	private static final String HOSPITAL = "Riverside Hospital";

	private final PartnershipDocument document = FormOnAShell.newPartnership();
	private FormOnAShell form;

	@AfterEach
	void close() {
		if (form != null) {
			form.close();
		}
	}

	private static void organisations(Pages pages) {
		pages.page("Organisations", ListSpec.of(PARTNERSHIP__ORGANISATIONS).columns(ORGANISATION__NAME)
				.details(o -> o.checks().section("Organisation", null).field(ORGANISATION__NAME).field(ORGANISATION__SECTOR).field(ORGANISATION__LEAD)
						.section("People", null).table(ListSpec.of(ORGANISATION__PEOPLE).columns(PERSON__NAME)
								.details(p -> p.field(PERSON__EMAIL)))));
	}

	@Test
	void movingThroughTheListMakesNoControlAndChangesNothing() {
		Organisation legal = organisation(LEGAL);
		Organisation hospital = organisation(HOSPITAL);
		legal.setSector(Sector.LEGAL);
		legal.setLead(true);
		hospital.setSector(Sector.HEALTH);
		hospital.setLead(false);
		legal.getPeople().add(person("Ana Legal"));
		hospital.getPeople().add(person("Ben Nurse"));
		hospital.getPeople().add(person("Cai Doctor"));
		form = FormOnAShell.open(document, MovingThroughAListTest::organisations);
		Table list = form.list(PARTNERSHIP__ORGANISATIONS);
		showRow(list, 0, LEGAL);
		form.settle();
		Set<Control> controls = form.placesOnScreen().keySet();

		showRow(list, 1, HOSPITAL);
		assertEquals("Health", combo("sector").getText());
		assertFalse(check("lead").getSelection(), "the hospital is not a lead partner");
		Table people = form.list(ORGANISATION__PEOPLE);
		assertEquals(2, people.getItemCount(), "the hospital's people");
		assertEquals("ben.nurse@example.org", visibleField(PERSON__EMAIL.getName()).getText(), "the first of the hospital's people");
		showRow(list, 0, LEGAL);
		assertEquals("Legal", combo("sector").getText());
		assertTrue(check("lead").getSelection(), "the legal service is a lead partner");
		assertEquals(1, people.getItemCount(), "the legal service's people");
		assertEquals("ana.legal@example.org", visibleField(PERSON__EMAIL.getName()).getText());

		assertEquals(controls, form.placesOnScreen().keySet(), "the same controls, none made and none disposed");
		assertNull(form.commands().getMostRecentCommand(), "moving through the list changed nothing");
		assertEquals(Sector.HEALTH, hospital.getSector());
		assertEquals(Sector.LEGAL, legal.getSector());
	}

	@Test
	void whatIsTypedGoesToTheItemShown() {
		form = FormOnAShell.open(document, MovingThroughAListTest::organisations);
		Table list = form.list(PARTNERSHIP__ORGANISATIONS);
		showRow(list, 0, LEGAL);
		showRow(list, 1, HOSPITAL);
		Text name = form.field(ORGANISATION__NAME);
		form.type(name, "Riverside Base Hospital");
		form.focus(list);
		form.waitUntil(() -> "Riverside Base Hospital".equals(document.partnership().getOrganisations().get(1).getName()), "the new name in the model");
		assertEquals(LEGAL, document.partnership().getOrganisations().get(0).getName(), "the other organisation keeps its name");
		showRow(list, 0, LEGAL);

		Sector legalSector = document.partnership().getOrganisations().get(0).getSector();
		showRow(list, 1, "Riverside Base Hospital");
		Combo sector = combo("sector");
		sector.select(sector.indexOf("Other"));
		sector.notifyListeners(SWT.Selection, new Event());
		form.settle();
		assertEquals(Sector.OTHER, organisation("Riverside Base Hospital").getSector(), "the choice went to the organisation shown");
		assertEquals(legalSector, document.partnership().getOrganisations().get(0).getSector(), "and not to the one shown before");
	}

	@Test
	void whatIsTypedBeforeAnotherItemIsSelectedGoesToTheItemItWasTypedFor() {
		form = FormOnAShell.open(document, MovingThroughAListTest::organisations);
		Table list = form.list(PARTNERSHIP__ORGANISATIONS);
		showRow(list, 0, LEGAL);
		Text name = form.field(ORGANISATION__NAME);
		form.type(name, "Riverside Legal Centre");
		// Selected by the program (a check's link, the Problems view), with the focus still in the field.
		showRow(list, 1, HOSPITAL);
		assertEquals("Riverside Legal Centre", document.partnership().getOrganisations().get(0).getName(), "the name typed for the legal service");
		assertEquals(HOSPITAL, document.partnership().getOrganisations().get(1).getName(), "the hospital keeps its name");
		form.focus(list);
		assertEquals(HOSPITAL, document.partnership().getOrganisations().get(1).getName(), "and keeps it when the field loses the focus");
	}

	@Test
	void aWrongValueAndAChecksMessageStayWithTheirItem() {
		TargetCohort older = cohort("Older people", 1200);
		TargetCohort young = cohort("Young people leaving care", 80);
		form = FormOnAShell.open(document, pages -> pages.page("Cohorts", ListSpec.of(PARTNERSHIP__COHORTS).columns(TARGET_COHORT__NAME)
				.details(c -> c.checks().field(TARGET_COHORT__NAME).field(TARGET_COHORT__ESTIMATED_SIZE))));
		Table list = form.list(PARTNERSHIP__COHORTS);
		showRow(list, 0, "Older people");
		String problem = "Say how many young people the partnership could reach.";
		form.showProblems(new Problem(Severity.WARNING, problem, young, TARGET_COHORT__ESTIMATED_SIZE));

		Text size = form.field(TARGET_COHORT__ESTIMATED_SIZE);
		form.type(size, "about a thousand");
		form.focus(form.field(TARGET_COHORT__NAME));
		form.waitUntil(() -> form.shows(CLabel.class, l -> l.getText().contains("number")), "the size field to say it wants a number");
		assertFalse(form.shows(CLabel.class, l -> problem.equals(l.getText())), "the other cohort's check is not shown here");

		form.focus(list);
		showRow(list, 1, "Young people leaving care");
		assertEquals("80", size.getText());
		assertFalse(form.shows(CLabel.class, l -> l.getText().contains("number")), "the first cohort's wrong value is not shown on the second");
		assertTrue(form.shows(CLabel.class, l -> problem.equals(l.getText())), "the second cohort's check under its field");
		assertTrue(form.shows(CLabel.class, l -> "Checks: one thing to look at.".equals(l.getText())));

		showRow(list, 0, "Older people");
		assertEquals("1200", size.getText());
		assertEquals(1200, older.getEstimatedSize(), "the wrong value never reached the model");
		assertFalse(form.shows(CLabel.class, l -> problem.equals(l.getText())), "the check stays with its cohort");
		assertTrue(form.shows(CLabel.class, l -> "Checks: all clear.".equals(l.getText())));
	}

	@Test
	void aWrongValueIsNotLeftOnAnItemWhoseValueIsTheSame() {
		cohort("Older people", null);
		cohort("Young people leaving care", null);
		form = FormOnAShell.open(document, pages -> pages.page("Cohorts", ListSpec.of(PARTNERSHIP__COHORTS).columns(TARGET_COHORT__NAME)
				.details(c -> c.field(TARGET_COHORT__NAME).field(TARGET_COHORT__ESTIMATED_SIZE))));
		Table list = form.list(PARTNERSHIP__COHORTS);
		showRow(list, 0, "Older people");
		Text size = form.field(TARGET_COHORT__ESTIMATED_SIZE);
		form.type(size, "about a thousand");
		form.focus(form.field(TARGET_COHORT__NAME));
		form.waitUntil(() -> form.shows(CLabel.class, l -> l.getText().contains("number")), "the size field to say it wants a number");

		form.focus(list);
		showRow(list, 1, "Young people leaving care");
		assertEquals("", size.getText(), "the second cohort has no size either, and shows none");
		assertFalse(form.shows(CLabel.class, l -> l.getText().contains("number")), "the first cohort's wrong value is not shown on the second");
	}

	/** Selects row {@code row} as a click does and waits for its details, which show its name. */
	private void showRow(Table list, int row, String name) {
		list.setSelection(row);
		Event click = new Event();
		click.item = list.getItem(row);
		list.notifyListeners(SWT.Selection, click);
		form.waitUntil(() -> name.equals(visibleField("name").getText()), name + "'s details");
		form.settle();
	}

	/** The first field shown for a feature named {@code name}, e.g. the organisation's name (above its people's). */
	private Text visibleField(String name) {
		return form.find(Text.class, t -> name.equals(t.getData(FieldsForm.FIELD_KEY)) && t.isVisible(), "a field for " + name);
	}

	private Combo combo(String feature) {
		return form.find(Combo.class, c -> feature.equals(c.getData(FieldsForm.FIELD_KEY)) && c.isVisible(), "the " + feature + " drop-down");
	}

	private Button check(String feature) {
		return form.find(Button.class, b -> feature.equals(b.getData(FieldsForm.FIELD_KEY)) && b.isVisible(), "the " + feature + " check box");
	}

	private Organisation organisation(String name) {
		return document.partnership().getOrganisations().stream().filter(o -> name.equals(o.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("No organisation " + name));
	}

	private static Person person(String name) {
		Person person = PartnershipFactory.eINSTANCE.createPerson();
		person.setName(name);
		person.setEmail(name.toLowerCase().replace(' ', '.') + "@example.org");
		return person;
	}

	private TargetCohort cohort(String name, Integer size) {
		TargetCohort cohort = PartnershipFactory.eINSTANCE.createTargetCohort();
		cohort.setName(name);
		cohort.setEstimatedSize(size);
		document.partnership().getCohorts().add(cohort);
		return cohort;
	}
}
