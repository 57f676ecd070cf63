package org.hjp.workbench.ui.parts;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.model.PartnershipFactory;
import org.hjp.workbench.model.PartnershipPackage.Literals;
import org.hjp.workbench.model.StageProgress;
import org.hjp.workbench.model.StageStatus;

/** Records how far the partnership has come in a stage, as one undoable command. */
final class StageProgressCommands {

	private StageProgressCommands() {
	}

	static Command mark(PartnershipDocument document, String stageId, StageStatus status) {
		StageProgress existing = document.partnership().getStageProgress().stream()
				.filter(p -> stageId.equals(p.getStageId())).findFirst().orElse(null);
		if (existing != null) {
			return SetCommand.create(document.editingDomain(), existing, Literals.STAGE_PROGRESS__STATUS, status);
		}
		StageProgress progress = PartnershipFactory.eINSTANCE.createStageProgress();
		progress.setStageId(stageId);
		progress.setStatus(status);
		return AddCommand.create(document.editingDomain(), document.partnership(), Literals.PARTNERSHIP__STAGE_PROGRESS, progress);
	}
}
