package org.hjp.workbench.ui.tests;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Canvas;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.needs.model.NeedsAndGaps;
import org.hjp.workbench.needs.model.NeedsFactory;
import org.hjp.workbench.needs.model.NeedsPackage;
import org.hjp.workbench.needs.model.RelationshipStrength;
import org.hjp.workbench.needs.model.WorkingRelationship;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The relationship map draws the partnership's working relationships and follows every change to them. */
class RelationshipMapTest extends WorkbenchTest {

	@TempDir
	Path folder;

	@Test
	void theMapRedrawsWhenARelationshipIsAddedAndUndone() throws Exception {
		openCopyOfSample(folder, "map.hjp");
		openStage("Investigating needs and gaps");
		clickTab("Who works with whom");
		Canvas map = driver.find(Canvas.class, c -> c.isVisible() && c.getSize().y > 100, "the relationship map");
		driver.settle();
		byte[] before = pixels(map);

		driver.runOnUi(() -> {
			NeedsAndGaps needs = (NeedsAndGaps) document().partnership().getExtensions().stream().filter(NeedsAndGaps.class::isInstance).findFirst().orElseThrow();
			Organisation hospital = document().partnership().getOrganisations().get(1);
			Organisation centre = document().partnership().getOrganisations().get(0);
			WorkingRelationship relationship = NeedsFactory.eINSTANCE.createWorkingRelationship();
			relationship.setFrom(hospital);
			relationship.setTo(centre);
			relationship.setStrength(RelationshipStrength.ESTABLISHED);
			document().commandStack().execute(AddCommand.create(document().editingDomain(), needs, NeedsPackage.Literals.NEEDS_AND_GAPS__RELATIONSHIPS, relationship));
		});
		driver.waitUntil(() -> !Arrays.equals(before, pixels(map)), "the map to draw the new line");
		driver.runOnUi(() -> document().commandStack().undo());
		driver.waitUntil(() -> Arrays.equals(before, pixels(map)), "undo to take the line away again");
	}

	private byte[] pixels(Canvas canvas) {
		return driver.onUi(() -> {
			var size = canvas.getSize();
			Image image = new Image(canvas.getDisplay(), size.x, size.y);
			GC gc = new GC(canvas);
			try {
				gc.copyArea(image, 0, 0);
				ImageData data = image.getImageData();
				return data.data;
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
	}
}
