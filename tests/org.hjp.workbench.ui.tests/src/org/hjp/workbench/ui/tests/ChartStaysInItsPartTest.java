package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.hjp.workbench.assessment.scoring.PartnerColours;
import org.hjp.workbench.assessment.ui.AssessmentControls;
import org.hjp.workbench.ui.parts.ProblemsPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assessment chart paints only inside its part, also after the parts around it change size. */
class ChartStaysInItsPartTest extends WorkbenchTest {

	private static final String EDITORS = "org.hjp.workbench.ui.partstack.editors";
	private static final String BOTTOM = "org.hjp.workbench.ui.partstack.bottom";

	@TempDir
	Path folder;

	@Test
	void theChartLeavesNothingOnTheProblemsViewWhenThePartsChangeSize() throws Exception {
		openCopyOfSample(folder, "chart.hjp");
		openStage("Learning and evolving");
		clickTab("Assessments");
		Table rounds = driver.find(Table.class, t -> "assessmentRounds".equals(t.getData("hjp.list")) && t.isVisible(), "the rounds");
		driver.click(rounds, driver.onUi(() -> rounds.getItem(1).getBounds(0)), 1);
		Control chart = driver.find(Control.class, c -> c.getData(AssessmentControls.CHART_KEY) != null && c.isVisible(), "the chart");
		driver.scrollIntoView(chart);
		MUIElement editors = element(EDITORS);
		MUIElement bottom = element(BOTTOM);
		String editorsShare = driver.onUi(editors::getContainerData);
		String bottomShare = driver.onUi(bottom::getContainerData);
		try {
			for (String[] shares : new String[][] { { "55", "45" }, { "80", "20" }, { "50", "50" } }) {
				driver.runOnUi(() -> {
					editors.setContainerData(shares[0]);
					bottom.setContainerData(shares[1]);
				});
				driver.settle();
				Thread.sleep(300);
				driver.settle();
				Table problems = driver.byKey(Table.class, ProblemsPart.TABLE_KEY, Boolean.TRUE);
				assertEquals(0, barPixelsOn(driver.onUi(problems::getParent)), "pixels of the chart's bars on the Problems view with shares " + String.join("/", shares));
				if (driver.onUi(() -> chart.isVisible() && chart.getSize().y > 0)) {
					driver.scrollIntoView(chart);
					assertTrue(barPixelsOn(chart) > 100, "the bars are found where the chart is, so they would be found elsewhere too");
				}
			}
		} finally {
			driver.runOnUi(() -> {
				editors.setContainerData(editorsShare);
				bottom.setContainerData(bottomShare);
			});
		}
	}

	/** How many pixels of the screen where {@code view} is have the colour of a bar of the chart. */
	private int barPixelsOn(Control view) {
		return driver.onUi(() -> {
			Point at = view.toDisplay(0, 0);
			Rectangle area = new Rectangle(at.x, at.y, view.getSize().x, view.getSize().y);
			Image shot = new Image(view.getDisplay(), area.width, area.height);
			GC gc = new GC(view.getDisplay());
			try {
				gc.copyArea(shot, area.x, area.y);
				ImageData data = shot.getImageData();
				int count = 0;
				for (int y = 0; y < data.height; y++) {
					for (int x = 0; x < data.width; x++) {
						if (isBarColour(data.palette.getRGB(data.getPixel(x, y)))) {
							count++;
						}
					}
				}
				return count;
			} finally {
				gc.dispose();
				shot.dispose();
			}
		});
	}

	private static boolean isBarColour(RGB rgb) {
		for (int i = 0; i < 4; i++) {
			int colour = PartnerColours.rgb(i);
			if (rgb.red == colour >> 16 && rgb.green == ((colour >> 8) & 0xff) && rgb.blue == (colour & 0xff)) {
				return true;
			}
		}
		return false;
	}

	private MUIElement element(String id) {
		return driver.onUi(() -> workbench.context().get(EModelService.class).find(id, workbench.window()));
	}
}
