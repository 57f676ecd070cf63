package org.hjp.workbench.core.persistence;

import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;

/** The partnership file format: its extension, namespaces and the options that read and write it safely. */
public final class PartnershipFormat {

	/** The file extension of a partnership file. */
	public static final String FILE_EXTENSION = "hjp";

	/** Every namespace of the workbench's own model packages starts with this. */
	public static final String NAMESPACE_PREFIX = "http://hjp-workbench.org/model/";

	private PartnershipFormat() {
	}

	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new SealedResourceSet();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION,
				(Resource.Factory) PartnershipResource::new);
		resourceSet.getLoadOptions().putAll(loadOptions());
		return resourceSet;
	}

	/**
	 * Options that keep data of packages that are not installed (to be written back unchanged) and refuse
	 * document type declarations, which closes the doors to external entities and entity expansion.
	 */
	public static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		Map<String, Boolean> parserFeatures = new HashMap<>();
		parserFeatures.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		parserFeatures.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		parserFeatures.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		parserFeatures.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		parserFeatures.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, parserFeatures);
		return options;
	}

	public static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		return options;
	}
}
