package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.hjp.workbench.ui.forms.internal.FieldsForm;
import org.hjp.workbench.ui.parts.StageNavigatorPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * An organisation's stage plug-in, installed into the running workbench, takes its place among the stages and
 * edits with its own form, and can replace the form of one of ours, without a restart; uninstalled, it goes, and so
 * does its editor, and our form comes back.
 */
class StagePluginInstallTest extends WorkbenchTest {

	private static final String LABEL = "Funding and reporting";

	@TempDir
	Path folder;

	@Test
	void aStageBundleInstalledAtRuntimeShowsUpAndGoesAway() throws Exception {
		openCopyOfSample(folder, "plugin.hjp");
		BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		Bundle bundle = context.installBundle(stageJar().toUri().toString());
		try {
			bundle.start();
			Table stages = driver.byKey(Table.class, StageNavigatorPart.TABLE_KEY, Boolean.TRUE);
			driver.waitUntil(() -> labels(stages).contains(LABEL), "the new stage in the navigator");
			assertEquals(3, labels(stages).indexOf(LABEL), "the stage's default order puts it after the activities");

			openStage(LABEL);
			driver.find(CTabFolder.class, f -> hasPage(f, "Funding"), "the plug-in's own form");
			Combo status = driver.byKey(Combo.class, FieldsForm.FIELD_KEY, "status");
			assertEquals("Active", driver.onUi(status::getText), "the form shows the partnership's data");

			openStage("Learning and evolving");
			driver.find(CTabFolder.class, f -> hasPage(f, "Our funder's measures"), "the plug-in's form in place of the learning stage's own");

			bundle.uninstall();
			driver.waitUntil(() -> !labels(stages).contains(LABEL), "the stage to leave the navigator");
			driver.waitUntil(() -> driver.onUi(() -> status.isDisposed()), "the stage's editor to close");
			driver.find(CTabFolder.class, f -> hasPage(f, "Measures"), "the learning stage's own form to come back");
		} finally {
			if (bundle.getState() != Bundle.UNINSTALLED) {
				bundle.uninstall();
			}
		}
	}

	private static Path stageJar() throws Exception {
		Path target = Path.of(System.getProperty("hjp.extrastage.folder"));
		try (Stream<Path> files = Files.list(target)) {
			return files.filter(f -> f.getFileName().toString().matches("org\\.hjp\\.workbench\\.tests\\.extrastage-.*(?<!sources)\\.jar"))
					.findFirst().orElseThrow(() -> new AssertionError("The stage plug-in is not built in " + target));
		}
	}

	private List<String> labels(Table table) {
		return driver.onUi(() -> Arrays.stream(table.getItems()).map((TableItem i) -> i.getText(0)).toList());
	}
}
