package org.hjp.workbench.sharing.tests;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.sharing.PartnershipBytes;

/** The bundled sample as a repository version: every object with its id, as the workbench saves it. */
final class Sample {

	private Sample() {
	}

	static byte[] version() throws Exception {
		try (InputStream in = SamplePartnership.open()) {
			return PartnershipBytes.of(PartnershipBytes.load(in.readAllBytes(), "sample"), "sample.hjp");
		}
	}

	/** The objects of {@code resource} that have a description, in the file's order. */
	static List<EObject> described(Resource resource) {
		List<EObject> described = new ArrayList<>();
		for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			EObject object = all.next();
			if (description(object) != null) {
				described.add(object);
			}
		}
		return described;
	}

	static EAttribute description(EObject object) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature("description");
		return feature instanceof EAttribute attribute && !attribute.isMany() && attribute.getEType().getInstanceClass() == String.class ? attribute : null;
	}
}
