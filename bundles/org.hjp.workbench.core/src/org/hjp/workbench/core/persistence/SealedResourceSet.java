package org.hjp.workbench.core.persistence;

import java.io.IOException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * A resource set that never loads a resource it was not asked to: a partnership is one file, so a reference
 * or type that points at another file or address (as a hostile file could, to make the workbench read it)
 * stays unresolved instead of being fetched. Its URI converter opens nothing (see {@link SealedURIConverter}), and
 * a resource for another address is never made, so no factory looks at that address to guess its content type.
 */
final class SealedResourceSet extends ResourceSetImpl {

	SealedResourceSet() {
		setURIConverter(new SealedURIConverter());
	}

	@Override
	public Resource getResource(URI uri, boolean loadOnDemand) {
		// The resources of this set and those of installed packages, never one to be made or loaded for the address.
		Resource resource = super.getResource(uri, false);
		if (resource == null && loadOnDemand) {
			throw new WrappedException(refused(uri));
		}
		return resource;
	}

	@Override
	protected Resource demandCreateResource(URI uri) {
		return null;
	}

	@Override
	protected void demandLoad(Resource resource) throws IOException {
		throw refused(resource.getURI());
	}

	static IOException refused(URI uri) {
		return new IOException("A partnership file cannot refer to other files or addresses (" + uri + ").");
	}
}
