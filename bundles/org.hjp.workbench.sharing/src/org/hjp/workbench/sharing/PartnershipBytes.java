package org.hjp.workbench.sharing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.hjp.workbench.core.persistence.PartnershipFileException;
import org.hjp.workbench.core.persistence.PartnershipFormat;
import org.hjp.workbench.core.persistence.PartnershipResource;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.model.Partnership;

/** A version's bytes as a partnership, and back: the same format and checks as a partnership file. */
public final class PartnershipBytes {

	private PartnershipBytes() {
	}

	/** Reads {@code content} into a resource set of its own; {@code name} says which version in a failure. */
	public static Resource load(byte[] content, String name) throws RepositoryException {
		ResourceSet resourceSet = PartnershipFormat.newResourceSet();
		Resource resource = new PartnershipResource(URI.createURI("repository:/" + URI.encodeSegment(name, false) + "." + PartnershipFormat.FILE_EXTENSION));
		resourceSet.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(content), resourceSet.getLoadOptions());
		} catch (IOException | RuntimeException e) {
			throw new RepositoryException(name + " could not be read as a partnership: " + e.getMessage(), e);
		}
		if (!resource.getErrors().isEmpty() || resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Partnership)) {
			throw new RepositoryException(name + " is not a readable partnership" + (resource.getErrors().isEmpty() ? "." : ": " + resource.getErrors().get(0).getMessage()));
		}
		return resource;
	}

	/** The bytes a partnership file of {@code resource} holds, every object with its id. */
	public static byte[] of(Resource resource, String name) throws RepositoryException {
		try {
			return new PartnershipStore().content(resource, Path.of(name));
		} catch (PartnershipFileException e) {
			throw new RepositoryException(e.getMessage(), e);
		}
	}

	/** The partnership's id, which the repository knows it by: its root's id in the file. */
	public static String id(Resource resource) {
		return resource.getURIFragment(resource.getContents().get(0));
	}

	public static String name(Resource resource) {
		return ((Partnership) resource.getContents().get(0)).getName();
	}
}
