package org.hjp.workbench.ui.tests;

import java.nio.file.Path;
import java.util.Hashtable;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.hjp.workbench.core.editing.NewPartnership;
import org.hjp.workbench.ui.forms.Pages;
import org.hjp.workbench.ui.forms.StagePage;
import org.hjp.workbench.ui.parts.StageEditorPart;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** A new partnership starts a stage with one click (and one undo); a stage form that fails does not take the editor down. */
class StageStartAndFailureTest extends WorkbenchTest {

	private static final String LEARNING = "org.hjp.workbench.stage.learning";

	@TempDir
	Path folder;

	@Test
	void aNewPartnershipStartsAStageWithOneClick() {
		driver.runOnUi(() -> workbench.context().get(CurrentPartnership.class).set(NewPartnership.create("Northside HJP", "Northside Legal", "Northside Hospital")));
		openStage("Learning and evolving");
		Button start = driver.find(Button.class, b -> b.isVisible() && "&Start this stage".equals(b.getText()), "the offer to start the stage");
		driver.click(start);
		driver.find(CTabFolder.class, f -> hasPage(f, "Measures"), "the stage's form once started");
		driver.press(SWT.MOD1, 'z');
		driver.find(Button.class, b -> b.isVisible() && "&Start this stage".equals(b.getText()), "undo to take the stage back to not started");
	}

	@Test
	void aStageFormThatFailsShowsTheDataAsATreeAndSaysSo() throws Exception {
		openCopyOfSample(folder, "failing.hjp");
		expectLoggedError("The page of the stage org.hjp.workbench.stage.learning failed");
		ServiceRegistration<StagePage> broken = FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(StagePage.class, new StagePage() {
			@Override
			public String stageId() {
				return LEARNING;
			}

			@Override
			public void build(Pages pages) {
				throw new IllegalStateException("a plug-in's mistake");
			}
		}, new Hashtable<>());
		try {
			openStage("Learning and evolving");
			driver.find(Label.class, l -> l.isVisible() && l.getText().startsWith("The form of this stage could not be shown (a plug-in's mistake)"), "the message");
			driver.byKey(Tree.class, StageEditorPart.TREE_KEY, LEARNING);
		} finally {
			broken.unregister();
		}
		driver.find(CTabFolder.class, f -> hasPage(f, "Measures"), "the stage's own form once the broken one is gone");
	}

}
