package org.hjp.workbench.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;

/**
 * A URI converter that opens nothing. A partnership is read from and written to streams the store opens itself, so
 * any other attempt to open an address comes from what a file points at (a schema location, a namespace, a
 * reference) or from guessing a file's content type, and is refused before a server is asked or a pipe is opened.
 */
final class SealedURIConverter extends ExtensibleURIConverterImpl {

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	@Override
	public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	@Override
	public void delete(URI uri, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	@Override
	public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	@Override
	public boolean exists(URI uri, Map<?, ?> options) {
		return false;
	}

	@Override
	public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
		return Map.of();
	}

	@Override
	public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	private static IOException refused(URI uri) {
		return SealedResourceSet.refused(uri);
	}
}
