package org.hjp.workbench.questionnaire.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Partnership;

/** The identifiers a partnership file gives its objects, and the partnership an object belongs to. */
public final class ModelIds {

	private ModelIds() {
	}

	/** The object's xmi:id, or null when it is in no partnership file. */
	public static String of(EObject object) {
		Resource resource = object == null ? null : object.eResource();
		return resource instanceof XMLResource xml ? xml.getID(object) : null;
	}

	/** The partner organisations of the partnership that holds {@code object}; empty when it is in none. */
	public static List<Organisation> organisations(EObject object) {
		return EcoreUtil.getRootContainer(object) instanceof Partnership partnership ? partnership.getOrganisations() : List.of();
	}
}
