package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help > Plug-ins, from the keyboard: a site that is not there, or is no update site, is explained in the dialog
 * and nothing else happens. (Installing into the product is the end-to-end test's: releng/scripts/plugin-install-e2e.sh.)
 */
class PluginsDialogTest extends WorkbenchTest {

	@TempDir
	Path folder;

	@Test
	void aSiteThatIsNotThereOrIsNoSiteIsExplained() throws Exception {
		openCopyOfSample(folder, "plugins.hjp");
		driver.press(SWT.ALT, 'h');
		driver.press(0, 'p');
		Shell dialog = dialog("Plug-ins");
		Text site = driver.find(Text.class, t -> t.getData("hjp.plugins.site") != null, "the update site field");
		driver.click(site);
		driver.type(folder.resolve("nowhere").toString());
		driver.press(0, SWT.CR);
		driver.waitUntil(() -> message(dialog).startsWith("There is no folder or file " + folder.resolve("nowhere")), "the dialog to say the folder is not there");

		Path empty = Files.createDirectories(folder.resolve("empty site"));
		driver.runOnUi(() -> site.setText(""));
		driver.click(site);
		driver.type(empty.toString());
		driver.press(0, SWT.CR);
		driver.waitUntil(() -> message(dialog).startsWith("No update site was found at " + empty), "the dialog to say the folder is no update site");
		assertFalse(driver.onUi(dialog::isDisposed), "the dialog stays open");
		driver.screenshot(Path.of("target/screenshots/plugins/1-no-site.png"));
		clickButton(dialog, "Close");
		driver.waitUntil(() -> driver.onUi(dialog::isDisposed), "the dialog to close");
		assertTrue(document() != null && !document().isDirty(), "the partnership is untouched");
	}

	/** The message of the dialog's title area: the text of its message line, whichever kind of control JFace uses. */
	private String message(Shell dialog) {
		return driver.onUi(() -> {
			Control message = findIn(dialog, Control.class, c -> c != dialog && isMessage(c));
			return (message instanceof Text text ? text.getText() : message instanceof Label label ? label.getText() : "").strip();
		});
	}

	private static boolean isMessage(Control control) {
		String text = (control instanceof Text t && (t.getStyle() & SWT.READ_ONLY) != 0 ? t.getText() : control instanceof Label l ? l.getText() : "").strip();
		return text.startsWith("There is") || text.startsWith("No update site");
	}
}
