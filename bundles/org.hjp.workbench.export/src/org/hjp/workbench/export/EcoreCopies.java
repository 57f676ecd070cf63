package org.hjp.workbench.export;

import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emfcloud.jackson.resource.JsonResource;

/** Copies a resource's content for another resource, carrying every object's identifier across. */
final class EcoreCopies {

	private EcoreCopies() {
	}

	static Collection<EObject> copyWithIds(Resource source, Resource target) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Collection<EObject> copies = copier.copyAll(source.getContents());
		copier.copyReferences();
		// The copies must be in the target before identifiers can be given to them.
		target.getContents().addAll(copies);
		for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
			String id = idOf(source, entry.getKey());
			if (id != null) {
				setId(target, entry.getValue(), id);
			}
		}
		return copies;
	}

	/** An identifier that two objects of the resource share, if any. */
	static String identifierUsedTwice(Resource resource) {
		Set<String> seen = new HashSet<>();
		for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			String id = idOf(resource, all.next());
			if (id != null && !seen.add(id)) {
				return id;
			}
		}
		return null;
	}

	private static String idOf(Resource resource, EObject object) {
		if (resource instanceof XMLResource xml) {
			return xml.getID(object);
		}
		return resource instanceof JsonResource json ? json.getID(object) : null;
	}

	private static void setId(Resource resource, EObject object, String id) {
		if (resource instanceof XMLResource xml) {
			xml.setID(object, id);
		} else if (resource instanceof JsonResource json) {
			json.setID(object, id);
		}
	}
}
