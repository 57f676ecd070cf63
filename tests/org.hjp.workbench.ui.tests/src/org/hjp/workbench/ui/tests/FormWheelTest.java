package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.ui.forms.internal.FieldsForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mouse wheel goes on scrolling a form while the pointer passes over a multi-line text inside it. */
class FormWheelTest extends WorkbenchTest {

	@TempDir
	Path folder;

	@Test
	void theWheelOverAMultiLineTextScrollsTheForm() throws Exception {
		openCopyOfSample(folder, "wheel.hjp");
		resizeWindow(1024, 700);
		openStage("Identifying what you'll do together");
		clickTab("Activities");
		Text description = driver.find(Text.class, t -> "description".equals(t.getData(FieldsForm.FIELD_KEY)) && t.isVisible()
				&& (t.getStyle() & SWT.MULTI) != 0, "the activity's description");
		driver.waitUntil(() -> !driver.text(description).isEmpty(), "the first activity's form");
		ScrolledComposite form = driver.onUi(() -> scrollerAround(description));
		int before = driver.onUi(() -> form.getOrigin().y);

		driver.wheel(description, 3);
		driver.waitUntil(() -> driver.onUi(() -> form.getOrigin().y) > before, "the form to scroll under the pointer");
		int after = driver.onUi(() -> form.getOrigin().y);
		assertTrue(after > before, "the form scrolled down from " + before + " to " + after);
	}

	private static ScrolledComposite scrollerAround(Control control) {
		for (Control c = control.getParent(); c != null; c = c.getParent()) {
			if (c instanceof ScrolledComposite scroller) {
				return scroller;
			}
		}
		throw new AssertionError("The field is not in a scrolled form");
	}
}
