package org.hjp.workbench.core.persistence;

import java.io.IOException;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * A resource set that never loads a resource it was not asked to: a partnership is one file, so a reference
 * or type that points at another file or address (as a hostile file could, to make the workbench read it)
 * stays unresolved instead of being fetched.
 */
final class SealedResourceSet extends ResourceSetImpl {

	@Override
	protected void demandLoad(Resource resource) throws IOException {
		throw new IOException("A partnership file cannot refer to other files or addresses (" + resource.getURI() + ").");
	}
}
