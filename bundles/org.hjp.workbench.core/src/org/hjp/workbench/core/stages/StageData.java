package org.hjp.workbench.core.stages;

import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.PartnershipExtension;

/** Finds a stage's data among a partnership's extensions. */
public final class StageData {

	private StageData() {
	}

	public static Optional<PartnershipExtension> find(Partnership partnership, EClass dataClass) {
		return partnership.getExtensions().stream().filter(dataClass::isInstance).findFirst();
	}
}
