package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Link;
import org.hjp.workbench.ui.guide.GuidePart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help > Guide opens a short user guide in the workbench, also from each stage's heading at that stage's topic. */
class GuideTest extends WorkbenchTest {

	@TempDir
	Path folder;

	@Test
	void helpGuideCoversTheStagesTrainingAssessmentsAndFiles() throws Exception {
		openCopyOfSample(folder, "guide.hjp");
		driver.press(SWT.ALT, 'h');
		driver.press(0, 'g');
		StyledText text = driver.find(StyledText.class, t -> t.getData(GuidePart.TEXT_KEY) != null && t.isVisible(), "the guide");
		String guide = driver.onUi(text::getText);
		for (String topic : new String[] { "Partnership profile", "Investigating needs and gaps", "Identifying what you'll do together",
				"Agreeing on how you'll work together", "Learning and evolving", "Planning training with a partner", "Assessment rounds",
				"Where your files are" }) {
			assertTrue(guide.contains("\n" + topic + "\n"), "the guide has a topic " + topic);
		}
		assertTrue(guide.contains(".bak") && guide.contains("autosave"), "the guide says where backups and autosaves are");
		assertTrue(driver.onUi(() -> guidePart().isInSight("start")), "the guide opens at its start");
		driver.settle();
		driver.screenshot(Path.of("target/screenshots/guide/1-guide.png"), shell());
	}

	@Test
	void aStagesHeadingOpensTheGuideAtThatStage() throws Exception {
		openCopyOfSample(folder, "guide-stage.hjp");
		openStage("Learning and evolving");
		Link link = driver.find(Link.class, l -> l.isVisible() && l.getText().contains("Guide to this stage"), "the stage's way to the guide");
		driver.click(link);
		driver.find(StyledText.class, t -> t.getData(GuidePart.TEXT_KEY) != null && t.isVisible(), "the guide");
		driver.waitUntil(() -> driver.onUi(() -> guidePart().isInSight("org.hjp.workbench.stage.learning") && !guidePart().isInSight("start")),
				"the learning stage's topic in sight");
		driver.settle();
		driver.screenshot(Path.of("target/screenshots/guide/2-learning.png"), shell());
	}

	private GuidePart guidePart() {
		MPart part = workbench.context().get(EPartService.class).findPart("org.hjp.workbench.ui.guide.part");
		return (GuidePart) part.getObject();
	}
}
