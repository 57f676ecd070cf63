package org.hjp.workbench.agreement.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.hjp.workbench.agreement.model.Agreement;
import org.hjp.workbench.agreement.model.AgreementPackage;
import org.hjp.workbench.agreement.model.AgreementPackage.Literals;
import org.hjp.workbench.agreement.model.Contribution;
import org.hjp.workbench.agreement.model.Responsibility;
import org.hjp.workbench.agreement.model.ReviewDate;
import org.hjp.workbench.model.validation.Constraints;

/** Checks of the agreement stage. */
public class AgreementConstraints extends Constraints {

	@Override
	public EPackage getEPackage() {
		return AgreementPackage.eINSTANCE;
	}

	@Override
	protected void check(EObject object, Problems problems) {
		if (object instanceof Agreement agreement) {
			if (agreement.getReviewDates().isEmpty()) {
				problems.warning(agreement, Literals.AGREEMENT__REVIEW_DATES,
						"The agreement has no review date: an MOU should be reviewed regularly.");
			}
			if (text(agreement.getConfidentialityAndPrivilege()) == null) {
				problems.warning(agreement, Literals.AGREEMENT__CONFIDENTIALITY_AND_PRIVILEGE,
						"The agreement does not yet say how client confidentiality and legal privilege are protected.");
			}
		} else if (object instanceof Contribution contribution && contribution.getPartner() == null) {
			problems.warning(contribution, Literals.CONTRIBUTION__PARTNER, "A contribution does not say which partner makes it.");
		} else if (object instanceof Responsibility role && role.getPartner() != null && role.getPerson() != null
				&& role.getPerson().eContainer() != role.getPartner()) {
			String partner = quoted(role.getPartner().getName(), "the role's partner");
			problems.warning(role, Literals.RESPONSIBILITY__PERSON, "The person named for this role, " + quoted(role.getPerson().getName(), "unnamed")
					+ ", works for a partner other than " + partner + ": choose someone from " + partner + ", or change the partner.");
		} else if (object instanceof ReviewDate review && review.getDate() == null) {
			problems.warning(review, Literals.REVIEW_DATE__DATE, "A review of the agreement has no date.");
		}
	}

	private static String quoted(String name, String otherwise) {
		return name == null || name.isBlank() ? otherwise : "\u201c" + name + "\u201d";
	}
}
