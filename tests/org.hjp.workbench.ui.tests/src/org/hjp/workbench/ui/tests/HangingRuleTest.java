package org.hjp.workbench.ui.tests;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.swt.widgets.Table;
import org.hjp.workbench.model.PartnershipPackage;
import org.hjp.workbench.model.validation.Constraints;
import org.hjp.workbench.ui.forms.internal.FieldsForm;
import org.hjp.workbench.ui.parts.ProblemsPart;
import org.hjp.workbench.tests.generator.Hang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** An organisation's validation rule that never returns: the workbench says so in Problems and goes on working. */
class HangingRuleTest extends WorkbenchTest {

	@TempDir
	Path folder;

	@Test
	void aRuleThatNeverReturnsIsTurnedOffAndSaidSoInProblems() throws Exception {
		Hang release = new Hang();
		Constraints hanging = new HangingConstraints(release);
		ServiceRegistration<Constraints> registration = FrameworkUtil.getBundle(getClass()).getBundleContext()
				.registerService(Constraints.class, hanging, null);
		expectLoggedError("The validation rules from " + HangingConstraints.class.getName() + " did not finish");
		try {
			openCopyOfSample(folder, "hanging-rule.hjp");
			Table problems = driver.byKey(Table.class, ProblemsPart.TABLE_KEY, Boolean.TRUE);
			driver.waitUntil(() -> hasRow(problems, "The validation rules from " + HangingConstraints.class.getName() + " did not finish within"),
					"the Problems view to say the rule was turned off");
			driver.waitUntil(() -> hasRow(problems, "needs 60 minutes"), "the other rules' problems");
			driver.screenshot(Path.of("target/screenshots/hanging-rule/1-problems.png"));
			openStage("Investigating needs and gaps");
			driver.byKey(Table.class, FieldsForm.LIST_KEY, "needs");
		} finally {
			registration.unregister();
			release.release();
		}
	}

	private boolean hasRow(Table table, String text) {
		return driver.onUi(() -> Arrays.stream(table.getItems()).anyMatch(i -> i.getText(1).contains(text)));
	}

	private static final class HangingConstraints extends Constraints {
		private final Hang release;

		HangingConstraints(Hang release) {
			this.release = release;
		}

		@Override
		public EPackage getEPackage() {
			return PartnershipPackage.eINSTANCE;
		}

		@Override
		protected void check(EObject object, Problems problems) {
			release.untilReleased();
		}
	}
}
