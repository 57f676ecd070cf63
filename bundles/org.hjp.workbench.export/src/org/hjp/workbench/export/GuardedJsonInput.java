package org.hjp.workbench.export;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emfcloud.jackson.databind.EMFContext;
import org.eclipse.emfcloud.jackson.resource.JsonResource;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.ContextAttributes;

/**
 * JSON for a {@link JsonResource} to load through a parser that cannot read past the end of the document (see
 * {@link JsonEndGuard}). EMF hands a {@link URIConverter.Loadable} stream the resource to fill; this one reads it as
 * the JSON resource itself would, with the same mapper and context.
 */
final class GuardedJsonInput extends FilterInputStream implements URIConverter.Loadable {

	private final ObjectMapper mapper;

	GuardedJsonInput(InputStream in, ObjectMapper mapper) {
		super(in);
		this.mapper = mapper;
	}

	@Override
	public void loadResource(Resource resource) throws IOException {
		ContextAttributes attributes = EMFContext.from(Map.of())
				.withPerCallAttribute(EMFContext.Attributes.RESOURCE_SET, resource.getResourceSet())
				.withPerCallAttribute(EMFContext.Attributes.RESOURCE, resource);
		try (JsonParser parser = new JsonEndGuard(mapper.getFactory().createParser(in))) {
			mapper.reader().with(attributes).forType(Resource.class).withValueToUpdate(resource).readValue(parser);
		}
	}
}
