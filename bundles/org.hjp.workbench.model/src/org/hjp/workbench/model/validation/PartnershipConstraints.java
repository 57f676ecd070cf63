package org.hjp.workbench.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.PartnershipPackage.Literals;
import org.hjp.workbench.model.PartnershipPackage;
import org.hjp.workbench.model.Person;
import org.hjp.workbench.model.Sector;
import org.hjp.workbench.model.TargetCohort;

/** Checks of the partnership profile: the partnership, its organisations, people and cohorts. */
public class PartnershipConstraints extends Constraints {

	@Override
	public EPackage getEPackage() {
		return PartnershipPackage.eINSTANCE;
	}

	@Override
	protected void check(EObject object, Problems problems) {
		if (object instanceof Partnership partnership) {
			checkPartnership(partnership, problems);
		} else if (object instanceof Organisation organisation && text(organisation.getName()) == null) {
			problems.error(organisation, Literals.ORGANISATION__NAME, "A partner organisation has no name.");
		} else if (object instanceof Person person && text(person.getName()) == null) {
			problems.warning(person, Literals.PERSON__NAME, "A person in " + named(organisationOf(person), "an organisation") + " has no name.");
		} else if (object instanceof TargetCohort cohort && text(cohort.getName()) == null) {
			problems.warning(cohort, Literals.TARGET_COHORT__NAME, "A target cohort has no name.");
		}
	}

	private static void checkPartnership(Partnership partnership, Problems problems) {
		if (text(partnership.getName()) == null) {
			problems.error(partnership, Literals.PARTNERSHIP__NAME, "The partnership has no name.");
		}
		boolean legal = partnership.getOrganisations().stream().anyMatch(o -> o.getSector() == Sector.LEGAL);
		boolean health = partnership.getOrganisations().stream().anyMatch(o -> o.getSector() == Sector.HEALTH);
		if (!legal || !health) {
			problems.warning(partnership, Literals.PARTNERSHIP__ORGANISATIONS, "The partnership needs at least one legal and one health partner; "
					+ (legal ? "add the health partner." : health ? "add the legal partner." : "add both."));
		}
		if (partnership.getStartDate() != null && partnership.getEndDate() != null
				&& partnership.getEndDate().before(partnership.getStartDate())) {
			problems.error(partnership, Literals.PARTNERSHIP__END_DATE, "The partnership's end date is before its start date.");
		}
		if (text(partnership.getWhyPartner()) == null) {
			problems.info(partnership, Literals.PARTNERSHIP__WHY_PARTNER, "The partnership has not yet answered \u201cwhy partner?\u201d.");
		}
	}

	private static String organisationOf(Person person) {
		return person.eContainer() instanceof Organisation organisation ? organisation.getName() : null;
	}
}
