package org.hjp.workbench.stage.profile;

import static org.hjp.workbench.core.stages.Checklist.written;

import org.hjp.workbench.core.stages.Checklist;
import org.hjp.workbench.core.stages.Completeness;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.Person;
import org.hjp.workbench.core.stages.DefinedStage;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.osgi.service.component.annotations.Component;

/** The stage “Partnership profile”. */
@Component(service = StageDescriptor.class)
public class ProfileStage extends DefinedStage {

	public static final String ID = "org.hjp.workbench.stage.profile";

	public ProfileStage() {
		super(ID, "Partnership profile",
				"Why the partners work together, who they are, and who takes part: the four why questions, partner organisations, people, roles and champions.",
				0, null);
	}

	@Override
	public String tabLabel() {
		return "Profile";
	}

	@Override
	public Completeness completeness(Partnership p) {
		return new Checklist()
				.check("The partnership has a name", written(p.getName()))
				.check("Its purpose is written down", written(p.getPurpose()))
				.check("Why partner is answered", written(p.getWhyPartner()))
				.check("With whom and why is answered", written(p.getWithWhomAndWhy()))
				.check("The challenge and the difference sought are answered", written(p.getChallengeAndDifference()))
				.check("Why it will work is answered", written(p.getWhyItWillWork()))
				.check("At least two partner organisations", p.getOrganisations().size() >= 2)
				.check("A lead partner is named", p.getOrganisations().stream().anyMatch(Organisation::isLead))
				.check("Every partner has a champion", !p.getOrganisations().isEmpty()
						&& p.getOrganisations().stream().allMatch(o -> o.getPeople().stream().anyMatch(Person::isChampion)))
				.result();
	}
}
