package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.hjp.workbench.ui.layout.WindowLayout;
import org.hjp.workbench.ui.parts.ProblemsPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.prefs.Preferences;

/**
 * The layout the user made is kept for the next start (part sizes, the stage editors open and the one in front), laid
 * over the model the workbench builds afresh; View > Reset Layout puts the layout the workbench comes with back.
 * (A start is what WorkbenchStartup does: restore before the window is drawn, reopen the stages once a file is open.)
 */
class LayoutTest extends WorkbenchTest {

	private static final String NAVIGATOR = "org.hjp.workbench.ui.partstack.navigator";
	private static final String RIGHT = "org.hjp.workbench.ui.sash.right";

	@TempDir
	Path folder;

	@AfterEach
	void backToTheOriginalLayout() {
		driver.runOnUi(() -> workbench.context().get(WindowLayout.class).reset());
	}

	@Test
	void theLayoutIsKeptForTheNextStartAndResetLayoutPutsTheOriginalBack() throws Exception {
		openCopyOfSample(folder, "layout.hjp");
		WindowLayout layout = driver.onUi(() -> workbench.context().get(WindowLayout.class));
		// No stage editor open, whatever tests before this one opened.
		driver.runOnUi(() -> editorParts().forEach(p -> workbench.context().get(EPartService.class).hidePart(p, true)));
		driver.waitUntil(() -> openStages().isEmpty(), "the stage editors to close");
		MUIElement navigator = element(NAVIGATOR);
		MUIElement right = element(RIGHT);
		String originalNavigator = driver.onUi(navigator::getContainerData);
		String originalRight = driver.onUi(right::getContainerData);
		int originalWidth = width(navigator);

		openStage("Investigating needs and gaps");
		driver.waitUntil(() -> openStages().equals(List.of("Investigating needs and gaps")), "the stage editor to open");
		driver.runOnUi(() -> {
			navigator.setContainerData("45");
			right.setContainerData("55");
		});
		driver.waitUntil(() -> width(navigator) > originalWidth + 100, "the navigator to widen");
		driver.runOnUi(layout::remember);

		// The next start: the model as the workbench comes, then the kept record laid over it.
		driver.runOnUi(() -> {
			navigator.setContainerData(originalNavigator);
			right.setContainerData(originalRight);
			editorParts().forEach(part -> part.setToBeRendered(false));
		});
		driver.waitUntil(() -> openStages().isEmpty() && width(navigator) < originalWidth + 20, "the original layout");
		driver.runOnUi(() -> {
			layout.restore();
			layout.reopenStages();
		});
		driver.waitUntil(() -> width(navigator) > originalWidth + 100, "the kept part sizes");
		assertEquals("45", driver.onUi(navigator::getContainerData));
		driver.waitUntil(() -> openStages().equals(List.of("Investigating needs and gaps")), "the stage editor to be open again");
		MPartStack editors = (MPartStack) element("org.hjp.workbench.ui.partstack.editors");
		assertEquals("Needs and gaps", driver.onUi(() -> ((MPart) editors.getSelectedElement()).getLabel()), "and in front");

		driver.press(SWT.ALT, 'v');
		driver.press(0, 'r');
		driver.waitUntil(() -> openStages().isEmpty(), "Reset Layout to close the stage editors");
		// By its share of the window, since Reset Layout gives the window its original size too.
		driver.waitUntil(() -> originalNavigator.equals(driver.onUi(navigator::getContainerData)), "the navigator to take its original share");
		assertEquals(0, driver.onUi(() -> InstanceScope.INSTANCE.getNode("org.hjp.workbench.ui/layout").keys().length),
				"the kept layout is forgotten");
	}

	@Test
	void theProblemsViewShowsSeveralProblemsInALaptopSizedWindow() throws Exception {
		openCopyOfSample(folder, "laptop.hjp");
		driver.runOnUi(() -> workbench.context().get(WindowLayout.class).reset());
		resizeWindow(1024, 700);
		Table problems = driver.byKey(Table.class, ProblemsPart.TABLE_KEY, Boolean.TRUE);
		driver.waitUntil(() -> driver.onUi(problems::getItemCount) >= 4, "the sample's problems");
		int rowsInSight = driver.onUi(() -> (problems.getClientArea().height - problems.getHeaderHeight()) / problems.getItemHeight());
		assertTrue(rowsInSight >= 3, "at least three whole problems in sight at 1024x700, not " + rowsInSight);
	}

	@Test
	void aWindowKeptOnAScreenThatIsGoneIsNotPutThere() throws Exception {
		openCopyOfSample(folder, "layout.hjp");
		WindowLayout layout = driver.onUi(() -> workbench.context().get(WindowLayout.class));
		Preferences kept = InstanceScope.INSTANCE.getNode("org.hjp.workbench.ui/layout");
		kept.putInt("version", 1);
		kept.put("bounds", "20000,20000,900,600");
		kept.putBoolean("maximized", true);
		kept.put("size." + NAVIGATOR, "40");
		MUIElement navigator = element(NAVIGATOR);
		driver.runOnUi(layout::restore);
		assertNotEquals(20000, driver.onUi(() -> workbench.window().getX()), "the window stays where a screen is");
		assertEquals("40", driver.onUi(navigator::getContainerData), "the rest of the record is used");
	}

	private MUIElement element(String id) {
		return driver.onUi(() -> workbench.context().get(EModelService.class).find(id, workbench.window()));
	}

	private int width(MUIElement element) {
		return driver.onUi(() -> element.getWidget() instanceof Control control ? control.getSize().x : -1);
	}

	private List<MPart> editorParts() {
		return workbench.context().get(EModelService.class).findElements(workbench.window(), null, MPart.class).stream()
				.filter(p -> p.getPersistedState().containsKey("stageId")).toList();
	}

	private List<String> openStages() {
		// By the stages' full names, which their tabs' tooltips start with.
		return driver.onUi(() -> editorParts().stream().filter(MPart::isToBeRendered).map(p -> p.getTooltip().lines().findFirst().orElse("")).toList());
	}
}
