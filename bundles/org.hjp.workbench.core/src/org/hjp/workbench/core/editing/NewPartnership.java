package org.hjp.workbench.core.editing;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.core.persistence.PartnershipFormat;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.OrganisationType;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.PartnershipFactory;
import org.hjp.workbench.model.Sector;

/** Creates a new, unsaved partnership with its two lead organisations. */
public final class NewPartnership {

	private NewPartnership() {
	}

	public static PartnershipDocument create(String name, String legalOrganisation, String healthOrganisation) {
		PartnershipFactory factory = PartnershipFactory.eINSTANCE;
		Partnership partnership = factory.createPartnership();
		partnership.setName(name.strip());
		partnership.getOrganisations().add(lead(legalOrganisation, Sector.LEGAL, OrganisationType.COMMUNITY_LEGAL_CENTRE));
		partnership.getOrganisations().add(lead(healthOrganisation, Sector.HEALTH, OrganisationType.HOSPITAL));
		Resource resource = PartnershipFormat.newResourceSet()
				.createResource(URI.createURI("new-partnership." + PartnershipFormat.FILE_EXTENSION));
		resource.getContents().add(partnership);
		return PartnershipDocument.created(resource);
	}

	private static Organisation lead(String name, Sector sector, OrganisationType type) {
		Organisation organisation = PartnershipFactory.eINSTANCE.createOrganisation();
		organisation.setName(name.strip());
		organisation.setSector(sector);
		organisation.setType(type);
		organisation.setLead(true);
		return organisation;
	}
}
