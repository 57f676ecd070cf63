package org.hjp.workbench.needs.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.hjp.workbench.model.validation.Constraints;
import org.hjp.workbench.needs.model.Gap;
import org.hjp.workbench.needs.model.Need;
import org.hjp.workbench.needs.model.NeedsPackage;
import org.hjp.workbench.needs.model.NeedsPackage.Literals;

/** Checks of the needs and gaps stage. */
public class NeedsConstraints extends Constraints {

	@Override
	public EPackage getEPackage() {
		return NeedsPackage.eINSTANCE;
	}

	/** Whether a need has evidence that says something: an evidence row with neither a source nor a summary does not count. */
	public static boolean hasEvidence(Need need) {
		return need.getEvidence().stream().anyMatch(e -> text(e.getSource()) != null || text(e.getSummary()) != null);
	}

	@Override
	protected void check(EObject object, Problems problems) {
		if (object instanceof Need need) {
			String name = named(need.getName(), "without a name");
			if (text(need.getName()) == null) {
				problems.error(need, Literals.NEED__NAME, "A need has no name.");
			}
			if (!hasEvidence(need)) {
				problems.warning(need, Literals.NEED__EVIDENCE, "The need " + name
						+ " has no evidence yet: add local data, research or practitioners' experience.");
			}
			if (text(need.getBaseline()) == null) {
				problems.warning(need, Literals.NEED__BASELINE, "The need " + name
						+ " has no baseline, so the partnership will not be able to show change.");
			}
		} else if (object instanceof Gap gap && gap.getNeed() == null) {
			problems.warning(gap, Literals.GAP__NEED, "A gap is not linked to the need it leaves unmet.");
		}
	}
}
