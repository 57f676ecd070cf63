package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.activities.model.ActivitiesPackage;
import org.hjp.workbench.activities.model.Activity;
import org.hjp.workbench.activities.model.ActivityPlan;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.ui.forms.internal.FieldsForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The activities list, whose items are of six kinds, keeps a details form for each kind and gives it each activity of
 * that kind selected: moving through the list shows each activity's own values and changes nothing.
 */
class ActivityKindsTest extends WorkbenchTest {

	private static final String ON_SITE = "Lawyer on site in the maternity unit";
	private static final String REFERRAL = "Warm referral from social work";
	private static final String MIDWIVES = "Spotting legal problems: five minutes at the midwives' huddle";
	private static final String PARENTS = "Trauma-informed practice with new parents";

	@TempDir
	Path folder;

	@Test
	void eachKindKeepsItsFormAndMovingThroughTheListChangesNothing() throws Exception {
		openCopyOfSample(folder, "kinds.hjp");
		openStage("Identifying what you'll do together");
		Table activities = driver.find(Table.class, t -> "activities".equals(t.getData(FieldsForm.LIST_KEY)) && t.isVisible(), "the list of activities");
		Map<String, String> partners = responsiblePartners();

		Text midwivesName = show(activities, MIDWIVES);
		Text referralName = show(activities, REFERRAL);
		assertEquals(partners.get(REFERRAL), shownPartner());
		show(activities, ON_SITE);
		assertEquals(partners.get(ON_SITE), shownPartner());
		assertSame(midwivesName, show(activities, PARENTS), "the form kept for trainings shows the second training");
		assertEquals(partners.get(PARENTS), shownPartner());
		assertSame(referralName, show(activities, REFERRAL), "the form kept for referral pathways");
		assertNotSame(midwivesName, referralName, "each kind has a form of its own");

		assertNull(driver.onUi(() -> document().commandStack().getMostRecentCommand()), "moving through the list changed nothing");
		assertEquals(partners, responsiblePartners(), "each activity keeps its responsible partner");
	}

	/** Clicks the activity's row and waits for its form; returns its name field. */
	private Text show(Table list, String name) {
		TableItem row = driver.onUi(() -> Arrays.stream(list.getItems()).filter(i -> i.getText(0).equals(name)).findFirst().orElseThrow());
		driver.click(list, driver.onUi(() -> row.getBounds(0)), 1);
		driver.waitUntil(() -> name.equals(driver.onUi(() -> visibleName().getText())), name + "'s form");
		return driver.onUi(this::visibleName);
	}

	private Text visibleName() {
		return findIn(shell(), Text.class, t -> "name".equals(t.getData(FieldsForm.FIELD_KEY)) && t.isVisible());
	}

	private String shownPartner() {
		return driver.onUi(() -> findIn(shell(), Combo.class, c -> "responsiblePartner".equals(c.getData(FieldsForm.FIELD_KEY)) && c.isVisible()).getText());
	}

	/** Each activity's responsible partner by name, as the model has them. */
	private Map<String, String> responsiblePartners() {
		return driver.onUi(() -> {
			ActivityPlan plan = (ActivityPlan) StageData.find(document().partnership(), ActivitiesPackage.Literals.ACTIVITY_PLAN).orElseThrow();
			Map<String, String> partners = new LinkedHashMap<>();
			for (Activity activity : plan.getActivities()) {
				Organisation partner = activity.getResponsiblePartner();
				partners.put(activity.getName(), partner == null ? "(none)" : partner.getName());
			}
			return partners;
		});
	}
}
