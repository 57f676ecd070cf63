package org.hjp.workbench.stages.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.hjp.workbench.core.editing.ModelAdapterFactory;
import org.hjp.workbench.core.editing.ModelLabels;
import org.hjp.workbench.model.PartnershipFactory;
import org.hjp.workbench.model.StageProgress;
import org.hjp.workbench.model.StageStatus;
import org.junit.jupiter.api.Test;

/** A user's mark on a stage is labelled with the stage's name, wherever the whole partnership is listed, not its id. */
class StageMarkLabelTest {

	@Test
	void aStageMarkIsNamedByItsStage() throws InterruptedException {
		// Once the five built-in stages are registered.
		StagesAtAGlanceTest.stages();
		AdapterFactory labels = ModelAdapterFactory.create();
		StageProgress mark = PartnershipFactory.eINSTANCE.createStageProgress();
		mark.setStageId("org.hjp.workbench.stage.needs");
		mark.setStatus(StageStatus.DONE);
		assertEquals("Stage Investigating needs and gaps, done for now", ModelLabels.textOf(labels, mark));

		mark.setStatus(StageStatus.NOT_STARTED);
		assertEquals("Stage Investigating needs and gaps", ModelLabels.textOf(labels, mark));

		mark.setStageId("org.example.removed.stage");
		assertEquals("Stage org.example.removed.stage", ModelLabels.textOf(labels, mark), "a stage no longer installed keeps its id");
	}
}
